import { Injectable } from '@nestjs/common';
import { EntityManager, QueryFailedError } from 'typeorm';
import { Actor, assertOperator, studioScope } from '../../common/auth/actor.js';
import { badInput, notFound } from '../../common/errors/domain-error.js';
import { CreateStudioInput, UpdateStudioInput } from './dto/create-studio.input.js';
import { electronicAddressProblem, storedElectronicAddress } from './electronic-address.js';
import { Language } from './language.js';
import { normaliseSiret, normaliseVat, siretProblem, vatProblem } from './siret.js';
import { StudioEntity } from './studio.entity.js';
import { StudioRepository } from './studio.repository.js';
import { Transactions } from '../../common/database/transactions.js';

/** Studios: the operator creates and edits them; a manager reads its own. */
@Injectable()
export class StudiosService {
  constructor(
    private readonly transactions: Transactions,
    private readonly repo: StudioRepository,
  ) {}

  list(actor: Actor): Promise<StudioEntity[]> {
    return this.repo.list(studioScope(actor));
  }

  /** A manager asking for another studio gets NOT_FOUND: it learns nothing of it. */
  async get(actor: Actor, id: string): Promise<StudioEntity> {
    const scope = studioScope(actor);
    const studio = await this.repo.find(id, scope);
    if (!studio) throw notFound('Studio', id);
    return studio;
  }

  async create(actor: Actor, input: CreateStudioInput): Promise<StudioEntity> {
    assertOperator(actor);
    const siret = checkedSiret(input.siret);
    const vatNumber = checkedVat(input.vatNumber, siret);
    return this.transactions.run(async (em) => {
      const name = input.name.trim();
      await this.assertNameFree(name, null, em);
      const studio = Object.assign(new StudioEntity(), {
        name,
        legalName: input.legalName.trim(),
        siret,
        vatNumber,
        billingAddress: input.billingAddress.trim(),
        contactEmail: input.contactEmail.trim().toLowerCase(),
        isNew: input.isNew ?? false,
        electronicAddress: checkedElectronicAddress(input.electronicAddress, siret),
        language: input.language ?? Language.FR,
      });
      return this.saveUnique(studio, em);
    });
  }

  async update(actor: Actor, input: UpdateStudioInput): Promise<StudioEntity> {
    assertOperator(actor);
    return this.transactions.run(async (em) => {
      const studio = await this.repo.find(input.id, null, em, true);
      if (!studio) throw notFound('Studio', input.id);
      if (input.name != null) {
        await this.assertNameFree(input.name.trim(), studio.id, em);
        studio.name = input.name.trim();
      }
      if (input.legalName != null) studio.legalName = input.legalName.trim();
      if (input.siret != null) studio.siret = checkedSiret(input.siret);
      if (input.vatNumber !== undefined) studio.vatNumber = input.vatNumber === null || input.vatNumber.trim() === '' ? null : normaliseVat(input.vatNumber);
      // A changed SIRET must still match the VAT number kept.
      if (studio.vatNumber) checkedVat(studio.vatNumber, studio.siret);
      if (input.billingAddress != null) studio.billingAddress = input.billingAddress.trim();
      if (input.contactEmail != null) studio.contactEmail = input.contactEmail.trim().toLowerCase();
      if (input.isNew != null) studio.isNew = input.isNew;
      // A changed SIRET must still lead the electronic address kept (unless it is the default).
      studio.electronicAddress = checkedElectronicAddress(input.electronicAddress !== undefined ? input.electronicAddress : studio.electronicAddress, studio.siret);
      if (input.language != null) studio.language = input.language;
      return this.saveUnique(studio, em);
    });
  }

  private async assertNameFree(name: string, exceptId: string | null, em: EntityManager): Promise<void> {
    if (await this.repo.nameTaken(name, exceptId, em)) throw badInput('name', `A studio named "${name}" already exists`, { reason: 'NAME_TAKEN', name });
  }

  private async saveUnique(studio: StudioEntity, em: EntityManager): Promise<StudioEntity> {
    try {
      return await this.repo.save(studio, em);
    } catch (e) {
      if (e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '23505') {
        throw badInput('name', `A studio named "${studio.name}" already exists`, { reason: 'NAME_TAKEN', name: studio.name });
      }
      throw e;
    }
  }
}

function checkedSiret(raw: string): string {
  const siret = normaliseSiret(raw);
  const problem = siretProblem(siret);
  if (problem) throw badInput('siret', problem, { reason: 'SIRET_INVALID' });
  return siret;
}

function checkedVat(raw: string | null | undefined, siret: string): string | null {
  if (raw == null || raw.trim() === '') return null;
  const vat = normaliseVat(raw);
  const problem = vatProblem(vat, siret);
  if (problem) throw badInput('vatNumber', problem, { reason: 'VAT_INVALID' });
  return vat;
}

/** Null (the SIREN) when empty; otherwise it must be a valid address starting with the SIREN. */
function checkedElectronicAddress(raw: string | null | undefined, siret: string): string | null {
  const address = storedElectronicAddress(raw, siret);
  const problem = address && electronicAddressProblem(address, siret);
  if (problem) throw badInput('electronicAddress', problem);
  return address;
}
