<?xml version="1.0" encoding="UTF-8"?>
<!--
  Runs the official compiled schematrons (given as stylesheets) on many CII files in one Java
  process: each stylesheet is compiled once (fn:transform caches it by location), so the JVM
  starts once for a whole test file. One tab-separated line per result:
    fired  <file> <stylesheet> <count of fired rules>
    failed <file> <stylesheet> <id> <flag> <location> <text>
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:svrl="http://purl.oclc.org/dsdl/svrl" exclude-result-prefixes="#all">
  <xsl:output method="text" encoding="UTF-8"/>
  <!-- A text file: the stylesheets' URIs on its first line (separated by spaces), then one document URI a line. -->
  <xsl:param name="jobs" as="xs:string" required="yes"/>

  <xsl:template name="xsl:initial-template">
    <xsl:variable name="lines" select="unparsed-text-lines($jobs)[normalize-space()]"/>
    <xsl:variable name="stylesheets" select="tokenize(normalize-space($lines[1]), ' ')"/>
    <xsl:for-each select="$stylesheets">
      <xsl:variable name="stylesheet" select="."/>
      <xsl:for-each select="subsequence($lines, 2)">
        <xsl:variable name="file" select="."/>
        <xsl:variable name="report" select="transform(map { 'stylesheet-location': $stylesheet, 'source-node': doc($file), 'cache': true() })?output"/>
        <xsl:value-of select="string-join(('fired', $file, $stylesheet, string(count($report//svrl:fired-rule))), '&#9;')"/>
        <xsl:text>&#10;</xsl:text>
        <xsl:for-each select="$report//svrl:failed-assert">
          <xsl:value-of select="string-join(('failed', $file, $stylesheet, string(@id), string(@flag), string(@location), normalize-space(svrl:text)), '&#9;')"/>
          <xsl:text>&#10;</xsl:text>
        </xsl:for-each>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
