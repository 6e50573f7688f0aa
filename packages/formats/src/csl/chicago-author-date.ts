/**
 * A compact CSL 1.0 style for Chicago author-date (17th edition), written for this tool because
 * `@citation-js/plugin-csl` ships only APA, Vancouver and Harvard. It covers the record types a
 * historian's library holds — books, reports, documents, manuscripts, journal and newspaper
 * articles, chapters, theses and web pages — in the reference-list form:
 *
 *   Kutay, Cemal. 1956. *Title*. Place: Publisher.
 *   Author, A. 2001. "Article." *Journal* 12 (3): 45–67. https://doi.org/…
 *
 * A record with no date shows "n.d."; one with no author starts with its title (CSL
 * substitution). Citeproc does all the formatting; this is only the style sheet.
 */
export const CHICAGO_AUTHOR_DATE_CSL = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" demote-non-dropping-particle="display-and-sort" page-range-format="chicago" default-locale="en-US">
  <info>
    <title>Chicago Manual of Style 17th edition (author-date), compact</title>
    <id>apparatus-chicago-author-date</id>
    <updated>2026-01-01T00:00:00+00:00</updated>
  </info>
  <macro name="title">
    <choose>
      <if type="article-journal article-magazine article-newspaper chapter paper-conference webpage post-weblog entry-encyclopedia entry-dictionary" match="any">
        <text variable="title" quotes="true"/>
      </if>
      <else>
        <text variable="title" font-style="italic"/>
      </else>
    </choose>
  </macro>
  <macro name="title-short">
    <choose>
      <if type="article-journal article-magazine article-newspaper chapter paper-conference webpage post-weblog entry-encyclopedia entry-dictionary" match="any">
        <text variable="title" form="short" quotes="true"/>
      </if>
      <else>
        <text variable="title" form="short" font-style="italic"/>
      </else>
    </choose>
  </macro>
  <macro name="contributors">
    <names variable="author">
      <name and="text" name-as-sort-order="first" sort-separator=", " delimiter=", " delimiter-precedes-last="always"/>
      <label form="short" prefix=", "/>
      <substitute>
        <names variable="editor"/>
        <names variable="translator"/>
        <text macro="title"/>
      </substitute>
    </names>
  </macro>
  <macro name="contributors-short">
    <names variable="author">
      <name form="short" and="text" delimiter=", "/>
      <substitute>
        <names variable="editor"/>
        <names variable="translator"/>
        <text macro="title-short"/>
      </substitute>
    </names>
  </macro>
  <macro name="date">
    <choose>
      <if variable="issued">
        <date variable="issued">
          <date-part name="year"/>
        </date>
      </if>
      <else>
        <text term="no date" form="short"/>
      </else>
    </choose>
  </macro>
  <macro name="editors-in">
    <names variable="editor">
      <label form="verb" suffix=" "/>
      <name and="text" delimiter=", "/>
    </names>
  </macro>
  <macro name="container">
    <choose>
      <if type="chapter paper-conference entry-encyclopedia entry-dictionary" match="any">
        <group delimiter=", ">
          <group delimiter=" ">
            <text term="in" text-case="capitalize-first"/>
            <text variable="container-title" font-style="italic"/>
          </group>
          <text macro="editors-in"/>
          <text variable="page"/>
        </group>
      </if>
      <else-if type="article-journal">
        <group delimiter=": ">
          <group delimiter=" ">
            <text variable="container-title" font-style="italic"/>
            <text variable="volume"/>
            <text variable="issue" prefix="(" suffix=")"/>
          </group>
          <text variable="page"/>
        </group>
      </else-if>
      <else-if type="article-magazine article-newspaper" match="any">
        <group delimiter=", ">
          <text variable="container-title" font-style="italic"/>
          <text variable="page"/>
        </group>
      </else-if>
      <else-if type="webpage post-weblog" match="any">
        <text variable="container-title"/>
      </else-if>
    </choose>
  </macro>
  <macro name="genre">
    <group delimiter=", ">
      <text variable="genre" text-case="capitalize-first"/>
      <text variable="number"/>
    </group>
  </macro>
  <macro name="publisher">
    <group delimiter=": ">
      <text variable="publisher-place"/>
      <text variable="publisher"/>
    </group>
  </macro>
  <macro name="access">
    <choose>
      <if variable="DOI">
        <text variable="DOI" prefix="https://doi.org/"/>
      </if>
      <else-if variable="URL">
        <text variable="URL"/>
      </else-if>
    </choose>
  </macro>
  <citation et-al-min="4" et-al-use-first="1" disambiguate-add-year-suffix="true">
    <layout prefix="(" suffix=")" delimiter="; ">
      <group delimiter=", ">
        <group delimiter=" ">
          <text macro="contributors-short"/>
          <text macro="date"/>
        </group>
        <text variable="locator"/>
      </group>
    </layout>
  </citation>
  <bibliography hanging-indent="true" et-al-min="11" et-al-use-first="7" entry-spacing="0">
    <sort>
      <key macro="contributors"/>
      <key variable="issued"/>
      <key variable="title"/>
    </sort>
    <layout suffix=".">
      <group delimiter=". ">
        <text macro="contributors"/>
        <text macro="date"/>
        <text macro="title"/>
        <text macro="container"/>
        <text macro="genre"/>
        <text macro="publisher"/>
        <text macro="access"/>
      </group>
    </layout>
  </bibliography>
</style>
`;
