from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TotalAssetsBreakdown")


@_attrs_define
class TotalAssetsBreakdown:
    """Sub-groups of `data.balance_items.ledger_balances.total_assets`, each with its own total and breakdown. Every key is
    optional; unknown keys are kept as they come (any JSON value).

    """

    intangibles: IntangiblesGroup | Unset = UNSET
    """ Sub-group `intangibles` (data.balance_items.ledger_balances.total_assets.breakdown.intangibles). """
    property_: PropertyGroup | Unset = UNSET
    """ Sub-group `property` (data.balance_items.ledger_balances.total_assets.breakdown.property). """
    equipment: EquipmentGroup | Unset = UNSET
    """ Sub-group `equipment` (data.balance_items.ledger_balances.total_assets.breakdown.equipment). """
    financial_fixed_assets: FinancialFixedAssetsGroup | Unset = UNSET
    """ Sub-group `financial_fixed_assets`
    (data.balance_items.ledger_balances.total_assets.breakdown.financial_fixed_assets). """
    inventory: InventoryGroup | Unset = UNSET
    """ Sub-group `inventory` (data.balance_items.ledger_balances.total_assets.breakdown.inventory). """
    supplier_receivables: SupplierReceivablesGroup | Unset = UNSET
    """ Sub-group `supplier_receivables`
    (data.balance_items.ledger_balances.total_assets.breakdown.supplier_receivables). """
    accounts_receivables: AccountsReceivablesGroup | Unset = UNSET
    """ Sub-group `accounts_receivables`
    (data.balance_items.ledger_balances.total_assets.breakdown.accounts_receivables). Besides `total` and
    `breakdown` it carries `invoices_breakdown`, an ageing of invoices (optional). """
    short_term_receivables: ShortTermReceivablesGroup | Unset = UNSET
    """ Sub-group `short_term_receivables`
    (data.balance_items.ledger_balances.total_assets.breakdown.short_term_receivables). """
    vat_grants: VatGrantsGroup | Unset = UNSET
    """ Sub-group `vat_grants` (data.balance_items.ledger_balances.total_assets.breakdown.vat_grants). """
    prepaids: PrepaidsGroup | Unset = UNSET
    """ Sub-group `prepaids` (data.balance_items.ledger_balances.total_assets.breakdown.prepaids). """
    short_term_investments: ShortTermInvestmentsGroup | Unset = UNSET
    """ Sub-group `short_term_investments`
    (data.balance_items.ledger_balances.total_assets.breakdown.short_term_investments). """
    cash: CashGroup | Unset = UNSET
    """ Sub-group `cash` (data.balance_items.ledger_balances.total_assets.breakdown.cash). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        intangibles: dict[str, Any] | Unset = UNSET
        if not isinstance(self.intangibles, Unset):
            intangibles = self.intangibles.to_dict()

        property_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.property_, Unset):
            property_ = self.property_.to_dict()

        equipment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.equipment, Unset):
            equipment = self.equipment.to_dict()

        financial_fixed_assets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.financial_fixed_assets, Unset):
            financial_fixed_assets = self.financial_fixed_assets.to_dict()

        inventory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory, Unset):
            inventory = self.inventory.to_dict()

        supplier_receivables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier_receivables, Unset):
            supplier_receivables = self.supplier_receivables.to_dict()

        accounts_receivables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accounts_receivables, Unset):
            accounts_receivables = self.accounts_receivables.to_dict()

        short_term_receivables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.short_term_receivables, Unset):
            short_term_receivables = self.short_term_receivables.to_dict()

        vat_grants: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_grants, Unset):
            vat_grants = self.vat_grants.to_dict()

        prepaids: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prepaids, Unset):
            prepaids = self.prepaids.to_dict()

        short_term_investments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.short_term_investments, Unset):
            short_term_investments = self.short_term_investments.to_dict()

        cash: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cash, Unset):
            cash = self.cash.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if intangibles is not UNSET:
            field_dict["intangibles"] = intangibles
        if property_ is not UNSET:
            field_dict["property"] = property_
        if equipment is not UNSET:
            field_dict["equipment"] = equipment
        if financial_fixed_assets is not UNSET:
            field_dict["financial_fixed_assets"] = financial_fixed_assets
        if inventory is not UNSET:
            field_dict["inventory"] = inventory
        if supplier_receivables is not UNSET:
            field_dict["supplier_receivables"] = supplier_receivables
        if accounts_receivables is not UNSET:
            field_dict["accounts_receivables"] = accounts_receivables
        if short_term_receivables is not UNSET:
            field_dict["short_term_receivables"] = short_term_receivables
        if vat_grants is not UNSET:
            field_dict["vat_grants"] = vat_grants
        if prepaids is not UNSET:
            field_dict["prepaids"] = prepaids
        if short_term_investments is not UNSET:
            field_dict["short_term_investments"] = short_term_investments
        if cash is not UNSET:
            field_dict["cash"] = cash

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _intangibles = d.pop("intangibles", UNSET)
        intangibles: IntangiblesGroup | Unset
        if isinstance(_intangibles, Unset):
            intangibles = UNSET
        else:
            intangibles = IntangiblesGroup.from_dict(_intangibles)

        _property_ = d.pop("property", UNSET)
        property_: PropertyGroup | Unset
        if isinstance(_property_, Unset):
            property_ = UNSET
        else:
            property_ = PropertyGroup.from_dict(_property_)

        _equipment = d.pop("equipment", UNSET)
        equipment: EquipmentGroup | Unset
        if isinstance(_equipment, Unset):
            equipment = UNSET
        else:
            equipment = EquipmentGroup.from_dict(_equipment)

        _financial_fixed_assets = d.pop("financial_fixed_assets", UNSET)
        financial_fixed_assets: FinancialFixedAssetsGroup | Unset
        if isinstance(_financial_fixed_assets, Unset):
            financial_fixed_assets = UNSET
        else:
            financial_fixed_assets = FinancialFixedAssetsGroup.from_dict(
                _financial_fixed_assets
            )

        _inventory = d.pop("inventory", UNSET)
        inventory: InventoryGroup | Unset
        if isinstance(_inventory, Unset):
            inventory = UNSET
        else:
            inventory = InventoryGroup.from_dict(_inventory)

        _supplier_receivables = d.pop("supplier_receivables", UNSET)
        supplier_receivables: SupplierReceivablesGroup | Unset
        if isinstance(_supplier_receivables, Unset):
            supplier_receivables = UNSET
        else:
            supplier_receivables = SupplierReceivablesGroup.from_dict(
                _supplier_receivables
            )

        _accounts_receivables = d.pop("accounts_receivables", UNSET)
        accounts_receivables: AccountsReceivablesGroup | Unset
        if isinstance(_accounts_receivables, Unset):
            accounts_receivables = UNSET
        else:
            accounts_receivables = AccountsReceivablesGroup.from_dict(
                _accounts_receivables
            )

        _short_term_receivables = d.pop("short_term_receivables", UNSET)
        short_term_receivables: ShortTermReceivablesGroup | Unset
        if isinstance(_short_term_receivables, Unset):
            short_term_receivables = UNSET
        else:
            short_term_receivables = ShortTermReceivablesGroup.from_dict(
                _short_term_receivables
            )

        _vat_grants = d.pop("vat_grants", UNSET)
        vat_grants: VatGrantsGroup | Unset
        if isinstance(_vat_grants, Unset):
            vat_grants = UNSET
        else:
            vat_grants = VatGrantsGroup.from_dict(_vat_grants)

        _prepaids = d.pop("prepaids", UNSET)
        prepaids: PrepaidsGroup | Unset
        if isinstance(_prepaids, Unset):
            prepaids = UNSET
        else:
            prepaids = PrepaidsGroup.from_dict(_prepaids)

        _short_term_investments = d.pop("short_term_investments", UNSET)
        short_term_investments: ShortTermInvestmentsGroup | Unset
        if isinstance(_short_term_investments, Unset):
            short_term_investments = UNSET
        else:
            short_term_investments = ShortTermInvestmentsGroup.from_dict(
                _short_term_investments
            )

        _cash = d.pop("cash", UNSET)
        cash: CashGroup | Unset
        if isinstance(_cash, Unset):
            cash = UNSET
        else:
            cash = CashGroup.from_dict(_cash)

        self = cls.__new__(cls)
        self.intangibles = intangibles
        self.property_ = property_
        self.equipment = equipment
        self.financial_fixed_assets = financial_fixed_assets
        self.inventory = inventory
        self.supplier_receivables = supplier_receivables
        self.accounts_receivables = accounts_receivables
        self.short_term_receivables = short_term_receivables
        self.vat_grants = vat_grants
        self.prepaids = prepaids
        self.short_term_investments = short_term_investments
        self.cash = cash

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
from ..models.accounts_receivables_group import AccountsReceivablesGroup
from ..models.cash_group import CashGroup
from ..models.equipment_group import EquipmentGroup
from ..models.financial_fixed_assets_group import FinancialFixedAssetsGroup
from ..models.intangibles_group import IntangiblesGroup
from ..models.inventory_group import InventoryGroup
from ..models.prepaids_group import PrepaidsGroup
from ..models.property_group import PropertyGroup
from ..models.short_term_investments_group import ShortTermInvestmentsGroup
from ..models.short_term_receivables_group import ShortTermReceivablesGroup
from ..models.supplier_receivables_group import SupplierReceivablesGroup
from ..models.vat_grants_group import VatGrantsGroup
