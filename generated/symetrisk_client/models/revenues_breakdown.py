from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RevenuesBreakdown")


@_attrs_define
class RevenuesBreakdown:
    """Sub-groups of `data.p_and_l_items.ledger_balances.revenues`, each with its own total and breakdown. Every key is
    optional; unknown keys are kept as they come (any JSON value).

    """

    sales_vat: SalesVatGroup | Unset = UNSET
    """ Sub-group `sales_vat` (data.p_and_l_items.ledger_balances.revenues.breakdown.sales_vat). """
    sales_vat_exempt: SalesVatExemptGroup | Unset = UNSET
    """ Sub-group `sales_vat_exempt` (data.p_and_l_items.ledger_balances.revenues.breakdown.sales_vat_exempt). """
    sales_non_vat: SalesNonVatGroup | Unset = UNSET
    """ Sub-group `sales_non_vat` (data.p_and_l_items.ledger_balances.revenues.breakdown.sales_non_vat). """
    sales_tax: SalesTaxGroup | Unset = UNSET
    """ Sub-group `sales_tax` (data.p_and_l_items.ledger_balances.revenues.breakdown.sales_tax). """
    government_grants: GovernmentGrantsGroup | Unset = UNSET
    """ Sub-group `government_grants` (data.p_and_l_items.ledger_balances.revenues.breakdown.government_grants). """
    deferred: DeferredGroup | Unset = UNSET
    """ Sub-group `deferred` (data.p_and_l_items.ledger_balances.revenues.breakdown.deferred). """
    rent: RevenuesRentGroup | Unset = UNSET
    """ Sub-group `rent` (data.p_and_l_items.ledger_balances.revenues.breakdown.rent). """
    commission: RevenuesCommissionGroup | Unset = UNSET
    """ Sub-group `commission` (data.p_and_l_items.ledger_balances.revenues.breakdown.commission). """
    asset_gain: AssetGainGroup | Unset = UNSET
    """ Sub-group `asset_gain` (data.p_and_l_items.ledger_balances.revenues.breakdown.asset_gain). """
    other_operating_income: OtherOperatingIncomeGroup | Unset = UNSET
    """ Sub-group `other_operating_income`
    (data.p_and_l_items.ledger_balances.revenues.breakdown.other_operating_income). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sales_vat: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_vat, Unset):
            sales_vat = self.sales_vat.to_dict()

        sales_vat_exempt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_vat_exempt, Unset):
            sales_vat_exempt = self.sales_vat_exempt.to_dict()

        sales_non_vat: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_non_vat, Unset):
            sales_non_vat = self.sales_non_vat.to_dict()

        sales_tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_tax, Unset):
            sales_tax = self.sales_tax.to_dict()

        government_grants: dict[str, Any] | Unset = UNSET
        if not isinstance(self.government_grants, Unset):
            government_grants = self.government_grants.to_dict()

        deferred: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deferred, Unset):
            deferred = self.deferred.to_dict()

        rent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rent, Unset):
            rent = self.rent.to_dict()

        commission: dict[str, Any] | Unset = UNSET
        if not isinstance(self.commission, Unset):
            commission = self.commission.to_dict()

        asset_gain: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset_gain, Unset):
            asset_gain = self.asset_gain.to_dict()

        other_operating_income: dict[str, Any] | Unset = UNSET
        if not isinstance(self.other_operating_income, Unset):
            other_operating_income = self.other_operating_income.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sales_vat is not UNSET:
            field_dict["sales_vat"] = sales_vat
        if sales_vat_exempt is not UNSET:
            field_dict["sales_vat_exempt"] = sales_vat_exempt
        if sales_non_vat is not UNSET:
            field_dict["sales_non_vat"] = sales_non_vat
        if sales_tax is not UNSET:
            field_dict["sales_tax"] = sales_tax
        if government_grants is not UNSET:
            field_dict["government_grants"] = government_grants
        if deferred is not UNSET:
            field_dict["deferred"] = deferred
        if rent is not UNSET:
            field_dict["rent"] = rent
        if commission is not UNSET:
            field_dict["commission"] = commission
        if asset_gain is not UNSET:
            field_dict["asset_gain"] = asset_gain
        if other_operating_income is not UNSET:
            field_dict["other_operating_income"] = other_operating_income

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _sales_vat = d.pop("sales_vat", UNSET)
        sales_vat: SalesVatGroup | Unset
        if isinstance(_sales_vat, Unset):
            sales_vat = UNSET
        else:
            sales_vat = SalesVatGroup.from_dict(_sales_vat)

        _sales_vat_exempt = d.pop("sales_vat_exempt", UNSET)
        sales_vat_exempt: SalesVatExemptGroup | Unset
        if isinstance(_sales_vat_exempt, Unset):
            sales_vat_exempt = UNSET
        else:
            sales_vat_exempt = SalesVatExemptGroup.from_dict(_sales_vat_exempt)

        _sales_non_vat = d.pop("sales_non_vat", UNSET)
        sales_non_vat: SalesNonVatGroup | Unset
        if isinstance(_sales_non_vat, Unset):
            sales_non_vat = UNSET
        else:
            sales_non_vat = SalesNonVatGroup.from_dict(_sales_non_vat)

        _sales_tax = d.pop("sales_tax", UNSET)
        sales_tax: SalesTaxGroup | Unset
        if isinstance(_sales_tax, Unset):
            sales_tax = UNSET
        else:
            sales_tax = SalesTaxGroup.from_dict(_sales_tax)

        _government_grants = d.pop("government_grants", UNSET)
        government_grants: GovernmentGrantsGroup | Unset
        if isinstance(_government_grants, Unset):
            government_grants = UNSET
        else:
            government_grants = GovernmentGrantsGroup.from_dict(_government_grants)

        _deferred = d.pop("deferred", UNSET)
        deferred: DeferredGroup | Unset
        if isinstance(_deferred, Unset):
            deferred = UNSET
        else:
            deferred = DeferredGroup.from_dict(_deferred)

        _rent = d.pop("rent", UNSET)
        rent: RevenuesRentGroup | Unset
        if isinstance(_rent, Unset):
            rent = UNSET
        else:
            rent = RevenuesRentGroup.from_dict(_rent)

        _commission = d.pop("commission", UNSET)
        commission: RevenuesCommissionGroup | Unset
        if isinstance(_commission, Unset):
            commission = UNSET
        else:
            commission = RevenuesCommissionGroup.from_dict(_commission)

        _asset_gain = d.pop("asset_gain", UNSET)
        asset_gain: AssetGainGroup | Unset
        if isinstance(_asset_gain, Unset):
            asset_gain = UNSET
        else:
            asset_gain = AssetGainGroup.from_dict(_asset_gain)

        _other_operating_income = d.pop("other_operating_income", UNSET)
        other_operating_income: OtherOperatingIncomeGroup | Unset
        if isinstance(_other_operating_income, Unset):
            other_operating_income = UNSET
        else:
            other_operating_income = OtherOperatingIncomeGroup.from_dict(
                _other_operating_income
            )

        self = cls.__new__(cls)
        self.sales_vat = sales_vat
        self.sales_vat_exempt = sales_vat_exempt
        self.sales_non_vat = sales_non_vat
        self.sales_tax = sales_tax
        self.government_grants = government_grants
        self.deferred = deferred
        self.rent = rent
        self.commission = commission
        self.asset_gain = asset_gain
        self.other_operating_income = other_operating_income

        self.additional_properties = d if d else {}
        return self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class rather than inside from_dict()/to_dict(): a function-level import runs
# on every call, and nested payloads call from_dict() hundreds of times. Placed last so that
# recursive schemas (import cycles) still work.
from ..models.asset_gain_group import AssetGainGroup
from ..models.deferred_group import DeferredGroup
from ..models.government_grants_group import GovernmentGrantsGroup
from ..models.other_operating_income_group import OtherOperatingIncomeGroup
from ..models.revenues_commission_group import RevenuesCommissionGroup
from ..models.revenues_rent_group import RevenuesRentGroup
from ..models.sales_non_vat_group import SalesNonVatGroup
from ..models.sales_tax_group import SalesTaxGroup
from ..models.sales_vat_exempt_group import SalesVatExemptGroup
from ..models.sales_vat_group import SalesVatGroup
