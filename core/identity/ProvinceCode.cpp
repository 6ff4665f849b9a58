// SPDX-License-Identifier: Apache-2.0
#include "core/identity/ProvinceCode.h"

#include <algorithm>
#include <array>

namespace wedreg::core {

namespace {

// Sorted by code so lookups can binary-search.
constexpr std::array kProvinces{
    ProvinceCode::Entry{11, "北京市", "Beijing", false},
    ProvinceCode::Entry{12, "天津市", "Tianjin", false},
    ProvinceCode::Entry{13, "河北省", "Hebei", false},
    ProvinceCode::Entry{14, "山西省", "Shanxi", false},
    ProvinceCode::Entry{15, "内蒙古自治区", "Inner Mongolia", false},
    ProvinceCode::Entry{21, "辽宁省", "Liaoning", false},
    ProvinceCode::Entry{22, "吉林省", "Jilin", false},
    ProvinceCode::Entry{23, "黑龙江省", "Heilongjiang", false},
    ProvinceCode::Entry{31, "上海市", "Shanghai", false},
    ProvinceCode::Entry{32, "江苏省", "Jiangsu", false},
    ProvinceCode::Entry{33, "浙江省", "Zhejiang", false},
    ProvinceCode::Entry{34, "安徽省", "Anhui", false},
    ProvinceCode::Entry{35, "福建省", "Fujian", false},
    ProvinceCode::Entry{36, "江西省", "Jiangxi", false},
    ProvinceCode::Entry{37, "山东省", "Shandong", false},
    ProvinceCode::Entry{41, "河南省", "Henan", false},
    ProvinceCode::Entry{42, "湖北省", "Hubei", false},
    ProvinceCode::Entry{43, "湖南省", "Hunan", false},
    ProvinceCode::Entry{44, "广东省", "Guangdong", false},
    ProvinceCode::Entry{45, "广西壮族自治区", "Guangxi", false},
    ProvinceCode::Entry{46, "海南省", "Hainan", false},
    ProvinceCode::Entry{50, "重庆市", "Chongqing", false},
    ProvinceCode::Entry{51, "四川省", "Sichuan", false},
    ProvinceCode::Entry{52, "贵州省", "Guizhou", false},
    ProvinceCode::Entry{53, "云南省", "Yunnan", false},
    ProvinceCode::Entry{54, "西藏自治区", "Xizang", false},
    ProvinceCode::Entry{61, "陕西省", "Shaanxi", false},
    ProvinceCode::Entry{62, "甘肃省", "Gansu", false},
    ProvinceCode::Entry{63, "青海省", "Qinghai", false},
    ProvinceCode::Entry{64, "宁夏回族自治区", "Ningxia", false},
    ProvinceCode::Entry{65, "新疆维吾尔自治区", "Xinjiang", false},
    ProvinceCode::Entry{71, "台湾省", "Taiwan", false},
    // Residence permits (港澳台居民居住证), GB 11643 numbers with these prefixes since 2018.
    ProvinceCode::Entry{81, "香港特别行政区", "Hong Kong SAR", true},
    ProvinceCode::Entry{82, "澳门特别行政区", "Macao SAR", true},
    ProvinceCode::Entry{83, "台湾地区", "Taiwan region", true},
};

} // namespace

std::optional<ProvinceCode> ProvinceCode::fromCode(int code)
{
    const auto it = std::lower_bound(kProvinces.begin(), kProvinces.end(), code,
                                     [](const Entry& entry, int value) { return entry.code < value; });
    if (it == kProvinces.end() || it->code != code) {
        return std::nullopt;
    }
    return ProvinceCode(&*it);
}

bool ProvinceCode::isValid(int code)
{
    return fromCode(code).has_value();
}

std::span<const ProvinceCode::Entry> ProvinceCode::all()
{
    return kProvinces;
}

} // namespace wedreg::core
