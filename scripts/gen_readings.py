#!/usr/bin/env python3
"""Generate src/normalize/entities/data/readings.tsv: the Sino-Korean readings (in hangul) of the Han characters
that Japanese text uses, for matching kanji words with hangul words (市長 ~ 시장).

Input: a Unihan subset (tab-separated `U+XXXX<TAB>field<TAB>value`, Unicode 15.0.0), by default
../shared/data/unihan/Unihan_subset.txt relative to the package root. Python 3 standard library only.

What a character's readings are:
  * every kHangul value (the syllable before the ':' source tags);
  * every kKorean value, converted from Yale romanisation to a hangul syllable;
  * the same two fields of each of its kTraditionalVariant, kSemanticVariant and kZVariant characters, so that
    Japanese shinjitai (気, 経, 発, 証, 芸 ...) carry the reading of the traditional form (氣 기, 經 경, 證 증, 藝 예);
  * the same for the traditional form paired with it in SHINJITAI below, where Unihan links no variant,
    and for the few Japanese-made characters in KOKUJI (働 -> 動 as in 労働 노동).
Which characters: those with a Japanese reading (kJapaneseOn or kJapaneseKun) in the CJK Unified
Ideographs, Extension A and Compatibility blocks, and with at least one reading. This includes most traditional
forms Korean text writes in brackets (漢江), as Japanese dictionaries list them too. Readings are listed in first-seen order, kHangul first.

Output: a header comment naming source and generator, then `char<TAB>syllables` lines sorted by code point,
the syllables written one after another (each reading of a Han character is one syllable).

Usage: python3 scripts/gen_readings.py [UNIHAN_SUBSET] [OUT]
"""
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT.parent / "shared" / "data" / "unihan" / "Unihan_subset.txt"
OUT = ROOT / "src" / "normalize" / "entities" / "data" / "readings.tsv"

# Yale romanisation (as used by Unihan kKorean) -> jamo indices of the Unicode hangul syllable formula.
INITIALS = {"K": 0, "KK": 1, "N": 2, "T": 3, "TT": 4, "L": 5, "M": 6, "P": 7, "PP": 8, "S": 9, "SS": 10,
            "": 11, "C": 12, "CC": 13, "CH": 14, "KH": 15, "TH": 16, "PH": 17, "H": 18}
VOWELS = {"A": 0, "AY": 1, "YA": 2, "YAY": 3, "E": 4, "EY": 5, "YE": 6, "YEY": 7, "O": 8, "WA": 9, "WAY": 10,
          "OY": 11, "YO": 12, "WU": 13, "WE": 14, "WEY": 15, "WI": 16, "YU": 17, "U": 18, "UY": 19, "I": 20}
FINALS = {"": 0, "K": 1, "KK": 2, "KS": 3, "N": 4, "NC": 5, "NH": 6, "T": 7, "L": 8, "LK": 9, "LM": 10,
          "LP": 11, "LS": 12, "LTH": 13, "LPH": 14, "LH": 15, "M": 16, "P": 17, "PS": 18, "S": 19, "SS": 20,
          "NG": 21, "C": 22, "CH": 23, "KH": 24, "TH": 25, "PH": 26, "H": 27}


# Japanese shinjitai and the traditional form whose Korean reading they carry, for pairs Unihan does not link by
# a variant field (楽 樂, 渓 溪, 満 滿, 予 豫 ...). Each item is two characters: the shinjitai, then the traditional form.
SHINJITAI = """
予豫 弁辨 弁辯 弁瓣 台臺 欠缺 糸絲 缶罐 芸藝 証證 医醫 余餘 処處 拠據 倹儉 険險 検檢 験驗 売賣 読讀 続續 浜濱 沢澤 駅驛 訳譯 択擇 釈釋 径徑 経經 軽輕 伝傳 転轉 団團
図圖 対對 体體 数數 楽樂 薬藥 学學 覚覺 栄榮 営營 労勞 単單 戦戰 県縣 広廣 鉄鐵 関關 権權 歓歡 観觀 区區 欧歐 発發 廃廢 変變 湾灣 総總 実實 写寫 旧舊 帰歸 竜龍 来來
歴歷 暦曆 緑綠 録錄 塩鹽 円圓 国國 会會 気氣 参參 桜櫻 浅淺 銭錢 残殘 乗乘 条條 状狀 将將 奨獎 焼燒 斉齊 剤劑 済濟 摂攝 渋澁 獣獸 縦縱 粛肅 乱亂 辞辭 亜亞 悪惡 圧壓
囲圍 為爲 隠隱 衛衞 応應 穏穩 仮假 価價 画畫 壊壞 懐懷 絵繪 拡擴 岳嶽 勧勸 巻卷 亀龜 偽僞 戯戲 犠犧 挙擧 峡峽 狭狹 駆驅 恵惠 渓溪 蛍螢 継繼 鶏鷄 撃擊 剣劍 圏圈 献獻
顕顯 厳嚴 効效 恒恆 黄黃 鉱鑛 号號 黒黑 砕碎 雑雜 蚕蠶 惨慘 賛贊 歯齒 児兒 湿濕 寿壽 収收 従從 叙敍 称稱 渉涉 浄淨 畳疊 嬢孃 譲讓 醸釀 触觸 寝寢 真眞 尽盡 粋粹 酔醉
随隨 髄髓 枢樞 声聲 静靜 窃竊 専專 潜潛 践踐 禅禪 双雙 争爭 捜搜 挿插 巣巢 騒騷 増增 蔵藏 臓臟 属屬 堕墮 帯帶 滞滯 担擔 胆膽 弾彈 断斷 痴癡 遅遲 昼晝 虫蟲 鋳鑄 庁廳
徴徵 聴聽 鎮鎭 逓遞 点點 灯燈 当當 党黨 盗盜 稲稻 闘鬪 徳德 独獨 悩惱 脳腦 拝拜 麦麥 髪髮 抜拔 晩晚 蛮蠻 秘祕 瓶甁 払拂 仏佛 並竝 辺邊 舗鋪 歩步 宝寶 豊豐 毎每 万萬
満滿 黙默 与與 誉譽 揺搖 頼賴 覧覽 両兩 猟獵 塁壘 涙淚 励勵 礼禮 隷隸 霊靈 齢齡 恋戀 炉爐 楼樓 郎郞 沖沖 横橫 祉祉 携攜
様樣 剰剩 舎舍 慎愼 靱韌
""".split()

# Characters made in Japan (kokuji) with no Korean reading, and the character Korean writes in the same word
# (労働 = 勞動 노동). Same format as SHINJITAI.
KOKUJI = """
働動
""".split()


def yale_to_hangul(word):
    """One Yale syllable (`HWUN`) -> one hangul syllable (`훈`), or None if it does not parse."""
    word = word.strip().upper()
    for ilen in (2, 1, 0):
        ini = word[:ilen]
        if ini not in INITIALS:
            continue
        rest = word[ilen:]
        for vlen in (3, 2, 1):
            vow = rest[:vlen]
            fin = rest[vlen:]
            if vow in VOWELS and fin in FINALS:
                code = 0xAC00 + (INITIALS[ini] * 21 + VOWELS[vow]) * 28 + FINALS[fin]
                return chr(code)
    return None


def main():
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else SRC
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else OUT
    fields = defaultdict(lambda: defaultdict(list))
    for line in src.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cp, field, value = line.split("\t")
        fields[int(cp[2:], 16)][field] = value.split()

    def own(cp):
        got = []
        for v in fields[cp].get("kHangul", []):
            syl = v.split(":")[0]
            if len(syl) == 1 and syl not in got:
                got.append(syl)
        for v in fields[cp].get("kKorean", []):
            syl = yale_to_hangul(v)
            if syl is None:
                print(f"unparsed Yale {v!r} at U+{cp:04X}", file=sys.stderr)
            elif syl not in got:
                got.append(syl)
        return got

    # How often Yale conversion agrees with kHangul where both exist (a check of the converter).
    agree = total = 0
    for cp, f in fields.items():
        if "kHangul" in f and "kKorean" in f:
            total += 1
            hang = {v.split(":")[0] for v in f["kHangul"]}
            yale = {yale_to_hangul(v) for v in f["kKorean"]}
            agree += bool(hang & yale)
    print(f"Yale vs kHangul: {agree}/{total} characters share a reading", file=sys.stderr)

    rows = []
    for cp in sorted(fields):
        f = fields[cp]
        if "kJapaneseOn" not in f and "kJapaneseKun" not in f:
            continue
        if not (0x4E00 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or 0x3400 <= cp <= 0x4DBF):
            continue
        readings = own(cp)
        for field in ("kTraditionalVariant", "kSemanticVariant", "kZVariant"):
            for v in f.get(field, []):
                var = int(v.split("<")[0][2:], 16)
                if var == cp:
                    continue
                for syl in own(var):
                    if syl not in readings:
                        readings.append(syl)
        for pair in SHINJITAI + KOKUJI:
            if pair[0] == chr(cp):
                for syl in own(ord(pair[1])):
                    if syl not in readings:
                        readings.append(syl)
        if readings:
            rows.append(f"{chr(cp)}\t{''.join(readings)}")
    header = ("# Sino-Korean readings of Han characters, generated by scripts/gen_readings.py from the Unicode "
              "Unihan database 15.0.0 (kHangul, kKorean via Yale, variants); see LICENSE-Unicode.txt beside this file.")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} characters -> {out} ({out.stat().st_size} bytes)", file=sys.stderr)


if __name__ == "__main__":
    main()
