import { describe, expect, it } from "vitest";
import { onlyMarks } from "./trusted-snippet";

describe("onlyMarks", () => {
  it("keeps escaped text and bare marks as they are", () => {
    const html = "the &lt;b&gt; tag and <mark>coca</mark> &amp; <mark>leaf</mark>";
    expect(onlyMarks(html)).toBe(html);
  });

  it("drops any other tag, including marks with attributes", () => {
    expect(onlyMarks('a<script>alert(1)</script>b<img src=x onerror=alert(1)><mark onclick="x">c</mark><MARK>d</MARK>')).toBe("aalert(1)bc</mark><MARK>d</MARK>");
    expect(onlyMarks("unterminated <img src=x onerror=alert(1)")).toBe("unterminated ");
  });
});
