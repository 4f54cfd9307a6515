// The kgbuild vocabulary as C++ enums: entity types, the 35 relations of the annotation guide (26 core,
// nine extended: every PLOVER event type),
// their families, and the namespace IRIs. ontology/kg.ttl is the source of truth; the test
// tests/ontology_test.cpp fails when this table and kg.ttl disagree. Plain data, thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace kg {

// Namespace of the ontology (classes, properties) and the default base for data IRIs.
inline constexpr std::string_view kOntologyNs = "https://w3id.org/kgbuild/ns#";
inline constexpr std::string_view kOntologyIri = "https://w3id.org/kgbuild/ns";
inline constexpr std::string_view kDefaultBase = "https://w3id.org/kgbuild/id/";

enum class EntityType : std::uint8_t { kPerson, kCountry, kOrganization, kPlace, kGroup };
inline constexpr std::array kAllEntityTypes = {EntityType::kPerson, EntityType::kCountry,
                                               EntityType::kOrganization, EntityType::kPlace,
                                               EntityType::kGroup};

enum class Family : std::uint8_t { kCooperate, kDemand, kDisapprove, kCoerce, kFight, kStructure };
inline constexpr std::array kAllFamilies = {Family::kCooperate, Family::kDemand,
                                            Family::kDisapprove, Family::kCoerce,
                                            Family::kFight,     Family::kStructure};

enum class Relation : std::uint8_t {
  kCongratulates, kPraises, kSupports, kMeetsWith, kNegotiatesWith, kSignsAgreementWith,
  kProposes, kPromises, kAids, kVisits, kCooperatesWith, kReleases, kWithdrawsFrom,
  kUrges, kDemands,
  kDoubts, kCriticizes, kAccuses, kWarns, kOpposes, kRejects, kProtests, kInvestigates,
  kThreatens, kSanctions, kArrests, kExpels, kMobilizes,
  kAttacks, kOccupies, kAnnexes, kClaims,
  kAffiliatedWith, kMemberOf, kLocatedIn,
};

struct RelationInfo {
  Relation relation;
  std::string_view name;  // local name in kg.ttl and in the annotation guide
  Family family;
  bool symmetric;
  bool extended;  // one of the nine of the guide's "Extended vocabulary"
};

inline constexpr std::array<RelationInfo, 35> kRelations = {{
    {Relation::kCongratulates, "congratulates", Family::kCooperate, false, false},
    {Relation::kPraises, "praises", Family::kCooperate, false, false},
    {Relation::kSupports, "supports", Family::kCooperate, false, false},
    {Relation::kMeetsWith, "meetsWith", Family::kCooperate, true, false},
    {Relation::kNegotiatesWith, "negotiatesWith", Family::kCooperate, true, false},
    {Relation::kSignsAgreementWith, "signsAgreementWith", Family::kCooperate, true, false},
    {Relation::kProposes, "proposes", Family::kCooperate, false, false},
    {Relation::kPromises, "promises", Family::kCooperate, false, false},
    {Relation::kAids, "aids", Family::kCooperate, false, false},
    {Relation::kVisits, "visits", Family::kCooperate, false, true},
    {Relation::kCooperatesWith, "cooperatesWith", Family::kCooperate, false, true},
    {Relation::kReleases, "releases", Family::kCooperate, false, true},
    {Relation::kWithdrawsFrom, "withdrawsFrom", Family::kCooperate, false, true},
    {Relation::kUrges, "urges", Family::kDemand, false, false},
    {Relation::kDemands, "demands", Family::kDemand, false, false},
    {Relation::kDoubts, "doubts", Family::kDisapprove, false, false},
    {Relation::kCriticizes, "criticizes", Family::kDisapprove, false, false},
    {Relation::kAccuses, "accuses", Family::kDisapprove, false, false},
    {Relation::kWarns, "warns", Family::kDisapprove, false, false},
    {Relation::kOpposes, "opposes", Family::kDisapprove, false, false},
    {Relation::kRejects, "rejects", Family::kDisapprove, false, false},
    {Relation::kProtests, "protests", Family::kDisapprove, false, true},
    {Relation::kInvestigates, "investigates", Family::kDisapprove, false, true},
    {Relation::kThreatens, "threatens", Family::kCoerce, false, false},
    {Relation::kSanctions, "sanctions", Family::kCoerce, false, false},
    {Relation::kArrests, "arrests", Family::kCoerce, false, true},
    {Relation::kExpels, "expels", Family::kCoerce, false, true},
    {Relation::kMobilizes, "mobilizes", Family::kCoerce, false, true},
    {Relation::kAttacks, "attacks", Family::kFight, false, false},
    {Relation::kOccupies, "occupies", Family::kFight, false, false},
    {Relation::kAnnexes, "annexes", Family::kFight, false, false},
    {Relation::kClaims, "claims", Family::kFight, false, false},
    {Relation::kAffiliatedWith, "affiliatedWith", Family::kStructure, false, false},
    {Relation::kMemberOf, "memberOf", Family::kStructure, false, false},
    {Relation::kLocatedIn, "locatedIn", Family::kStructure, false, false},
}};

// The table is indexed by the enum: each row must sit at its relation's value.
constexpr bool relations_in_enum_order() {
  for (std::size_t i = 0; i < kRelations.size(); ++i)
    if (static_cast<std::size_t>(kRelations[i].relation) != i) return false;
  return true;
}
static_assert(relations_in_enum_order(), "kRelations must list the relations in enum order");

std::string_view name(EntityType t);
std::string_view name(Relation r);
std::string_view name(Family f);
Family family(Relation r);
bool is_symmetric(Relation r);
std::optional<EntityType> entity_type_from_name(std::string_view s);
std::optional<Relation> relation_from_name(std::string_view s);
std::optional<Family> family_from_name(std::string_view s);

}  // namespace kg
