#!/usr/bin/env python3
"""Builds gazetteer.tsv from cpca's resources/adcodes.csv.

Source: the PyPI package cpca (MIT licence, https://github.com/DQinYuan/chinese_province_city_area_mapper),
file cpca/resources/adcodes.csv: every Chinese division with its 12-digit code.
    pip download --no-deps cpca && unzip cpca-*.whl cpca/resources/adcodes.csv
    python3 build.py cpca/resources/adcodes.csv JIEBA_DICT > gazetteer.tsv
or, to re-derive the short forms of the divisions already listed (same rows, new rules):
    python3 build.py --from-tsv gazetteer.tsv JIEBA_DICT > new.tsv
JIEBA_DICT is the dictionary jieba-rs ships (~/.cargo/registry/src/*/jieba-rs-*/src/data/dict.txt).

Kept: every division of China down to county level. Short forms (九台 for 九台区) are given
to the counties of the Northeast our users read most (Jilin, Liaoning, Heilongjiang, Inner
Mongolia) and to every province and prefecture; elsewhere a county is known by its full name.
Outside Jilin, a short form that the segmenter's dictionary knows as an ordinary word (振兴
"revitalise", 友好 "friendly", 向阳) or as a very common one (太平) is not given.
A county name that is an ordinary word (城区, 郊区, 矿区) or too short to stand alone outside
the Northeast (和县 in 市和县两级) counts only right after a division above it (佳木斯市郊区,
江苏沛县): column 6 says so.
Such an ordinary-word short form of a county in the Northeast (五常, 平房, 依兰) that is no common
word (振兴, 友好, 富裕 are dropped) is kept weak,
written `~五常`: it counts only in an article set in the county's own prefecture (a 哈尔滨 report
on 五常). So is a banner's customary short form, its first character with the banner's wing and
position and 旗 (阿鲁科尔沁旗 阿旗, 科尔沁右翼前旗 科右前旗, 乌拉特前旗 乌前旗), which several banners
may share; one with a wing and a position that no other banner shares (科右前旗, 察右中旗) is
plain.
Corrections, for today's map where it changed after cpca's data:
- 2020: 公主岭市 moved from 四平市 (220381) to 长春市 (220184).
- 2019: 伊春市's fifteen districts and counties were reorganised into 伊美区, 乌翠区, 友好区, 金林区
  and the counties 汤旺县, 丰林县, 大箐山县, 南岔县 (嘉荫县 and 铁力市 stay); the old districts
  (伊春区, 乌马河区, 翠峦区 …) are gone.
- 2018: 漠河县 (232723) became 漠河市 (232701); 2019: 嫩江县 (231121) became 嫩江市 (231183)
  (State Council approvals, listed in the Ministry of Civil Affairs' division changes).

Columns: code, name, level (province|prefecture|county), parent code (or -), short forms
(comma-separated), `qualified` when the name counts only after an enclosing division.
"""
import csv
import re
import sys

MUNICIPALITIES = {"11", "12", "31", "50"}  # 北京 天津 上海 重庆: province-level cities
PROVINCE_SUFFIXES = ["维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市"]
ETHNIC = re.compile(r"(朝鲜族|蒙古族|满族|回族|藏族|彝族|苗族|土家族|壮族|侗族|瑶族|白族|哈尼族|傣族|黎族|傈僳族|佤族|畲族|拉祜族|水族|东乡族|纳西族|景颇族|柯尔克孜族|土族|达斡尔族|仫佬族|羌族|布朗族|撒拉族|毛南族|仡佬族|锡伯族|阿昌族|普米族|塔吉克族|怒族|鄂温克族|德昂族|保安族|裕固族|京族|塔塔尔族|独龙族|鄂伦春族|赫哲族|门巴族|珞巴族|基诺族|布依族|哈萨克族|维吾尔族|各族)+自治(州|县|旗)$")
# Short forms the language uses that stripping does not give.
# The Sunid and Ujimqin banners go by their direction too: 苏尼特左旗 is 东苏旗, 苏尼特右旗 西苏旗,
# 东乌珠穆沁旗 东乌旗, 西乌珠穆沁旗 西乌旗.
EXTRA_SHORT = {"220721": ["前郭"], "222400": ["延边"], "220323": ["伊通"], "230000": ["龙江"],
               "152523": ["东苏旗"], "152524": ["西苏旗"], "152525": ["东乌旗"], "152526": ["西乌旗"]}
NORTHEAST = {"21", "22", "23", "15"}
# 伊春市 after the 2019 reorganisation (国函〔2019〕72号): its divisions and codes today.
YICHUN_2019 = [("230717", "伊美区"), ("230718", "乌翠区"), ("230719", "友好区"), ("230723", "汤旺县"),
               ("230724", "丰林县"), ("230725", "大箐山县"), ("230726", "南岔县"), ("230751", "金林区")]
YICHUN_KEPT = {"嘉荫县", "铁力市"}
# Counties that became county-level cities: old name → (new code, new name).
CITIES_SINCE = {"漠河县": ("232701", "漠河市"), "嫩江县": ("231183", "嫩江市")}
# County names that are ordinary words of the language.
GENERIC = {"城区", "郊区", "矿区", "东区", "西区", "市中区", "城中区", "城关区", "新区", "市区",
           "新城区", "老城区", "新市区", "解放区", "港口区"}


def load_dictionary(path):
    words = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 3:
                words[parts[0]] = (int(parts[1]), parts[2])
    return words


DICTIONARY = {}


def ordinary_word(w):
    freq, tag = DICTIONARY.get(w, (0, "ns"))
    return (tag != "ns" and freq >= 20) or freq >= 1000


def common_word(w):
    """Too common a word to stand for a place even weakly (振兴, 友好, 富裕, 太平)."""
    return DICTIONARY.get(w, (0, "ns"))[0] >= 500


def qualified(code, name, level):
    if level != "county":
        return False
    return name in GENERIC or (code[:2] not in NORTHEAST and len(name) <= 2)


def level_of(code):
    if code[2:] == "0000000000":
        return "province"
    if code[4:] == "00000000":
        return "prefecture"
    return "county"


def parent_of(code, level):
    if level == "province":
        return "-"
    if level == "prefecture":
        return code[:2] + "0" * 10
    if code[:2] in MUNICIPALITIES:
        return code[:2] + "0" * 10
    return code[:4] + "0" * 8


def shorts(code, name, level):
    out = []
    if level == "province":
        for s in PROVINCE_SUFFIXES:
            if name.endswith(s) and len(name) - len(s) >= 2:
                out.append(name[: -len(s)])
                break
    else:
        m = ETHNIC.search(name)
        if m:
            base = name[: m.start()]
            if len(base) >= 2:
                out.append(base)
                # 本溪县, 延边州, 莫力达瓦旗: the base with the kind of division, as the autonomous
                # ones are usually called — unambiguous where the base alone is a city's too.
                out.append(base + m.group(2))
        else:
            for s in ["矿区", "新区", "地区", "自治旗", "盟", "市", "区", "县", "旗"]:
                if name.endswith(s) and len(name) - len(s) >= 2:
                    base = name[: -len(s)]
                    # 梅里斯达斡尔族区 → 梅里斯
                    base = re.sub(ETHNIC.pattern.split(")+")[0] + ")+$", "", base)
                    out.append(base)
                    break
    if level == "county" and (code[:2] not in NORTHEAST or name in GENERIC):
        out = []
    if level == "county" and code[:2] != "22":
        out = [s if not ordinary_word(s) else "~" + s for s in out if not (ordinary_word(s) and common_word(s))]
    out += EXTRA_SHORT.get(code[:6], [])
    if level == "county" and code[:2] in NORTHEAST and name not in GENERIC:
        out += [b if b in DISTINCT_BANNER_SHORTS else "~" + b for b in banner_short(name)]
    return list(dict.fromkeys(s for s in out if s.lstrip("~") != name))


# A banner's first character is no name of its own when it is a direction, a colour or a number
# (东乌珠穆沁旗, 正镶白旗, 四子王旗).
NOT_DISTINCTIVE = set("东西南北正镶四")


# Banner short forms that carry a wing and a position (科右前旗, 察右中旗) and that no other banner
# shares: as plain a name as the full one, not weak (filled by emit from all the rows).
DISTINCT_BANNER_SHORTS = set()


def distinct_banner_shorts(rows):
    seen = {}
    for _, name, level, _ in rows:
        if level == "county":
            for b in banner_short(name):
                seen[b] = seen.get(b, 0) + 1
    return {b for b, n in seen.items() if n == 1 and len(b) == 4}


def banner_short(name):
    """阿鲁科尔沁旗 → 阿旗, 科尔沁右翼前旗 → 科右前旗: first character, wing, position, 旗."""
    if not name.endswith("旗"):
        return []
    m = ETHNIC.search(name)
    base = name[: m.start()] if m else name[: -len("自治旗")] if name.endswith("自治旗") else name[:-1]
    if len(base) < 3 or base[0] in NOT_DISTINCTIVE:
        return []
    wing = "".join(c for c in base[1:] if c in "左右")
    position = "".join(c for c in base[1:] if c in "前中后")
    return [base[0] + wing[:1] + position[-1:] + "旗"]


def main(path):
    if path == "--from-tsv":
        emit(today(rows_from_tsv(sys.argv[2])))
        return
    rows = []
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            code, name = r["adcode"], r["name"]
            if name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                continue
            level = level_of(code)
            if code[:2] in MUNICIPALITIES and level == "prefecture":
                continue
            rows.append([code, name, level, parent_of(code, level)])
    for r in rows:
        if r[1] == "公主岭市":
            r[0], r[3] = "220184000000", "220100000000"
    yichun = "230700000000"
    rows = [r for r in rows if not (r[3] == yichun and r[1] not in YICHUN_KEPT)]
    rows += [[code + "000000", name, "county", yichun] for code, name in YICHUN_2019]
    rows.sort()
    emit(today(rows))


def today(rows):
    """The rows with the counties that became cities since cpca's data renamed and recoded."""
    for r in rows:
        if r[1] in CITIES_SINCE:
            code, name = CITIES_SINCE[r[1]]
            r[0], r[1] = code + "000000", name
    rows.sort()
    return rows


def rows_from_tsv(path):
    """The rows of a gazetteer.tsv already built (corrections applied): code, name, level, parent."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            code, name, level, parent = line.rstrip("\n").split("\t")[:4]
            rows.append([code, name, level, parent])
    return rows


def emit(rows):
    DISTINCT_BANNER_SHORTS.update(distinct_banner_shorts(rows))
    # A county's short form that a province or prefecture also uses (抚顺县 and 抚顺市, 龙江县 and
    # 龙江 for Heilongjiang) names the larger one.
    upper = {x for code, name, level, _ in rows if level != "county" for x in shorts(code, name, level)}
    print("# code\tname\tlevel\tparent\tshort forms — generated by build.py from cpca's adcodes.csv (MIT)")
    for code, name, level, parent in rows:
        flag = ["qualified"] if qualified(code, name, level) else []
        short = [x for x in shorts(code, name, level) if level != "county" or code[:2] == "22" or x.lstrip("~") not in upper]
        print("\t".join([code, name, level, parent, ",".join(short)] + flag))


if __name__ == "__main__":
    DICTIONARY.update(load_dictionary(sys.argv[-1]))
    main(sys.argv[1])
