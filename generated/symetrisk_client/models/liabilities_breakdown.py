from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LiabilitiesBreakdown")


@_attrs_define
class LiabilitiesBreakdown:
    """Sub-groups of `data.balance_items.ledger_balances.liabilities`, each with its own total and breakdown. Every key is
    optional; unknown keys are kept as they come (any JSON value).

    """

    interest_bearing_debt: InterestBearingDebtGroup | Unset = UNSET
    """ Sub-group `interest_bearing_debt`
    (data.balance_items.ledger_balances.liabilities.breakdown.interest_bearing_debt). """
    provision_for_liabilities: ProvisionForLiabilitiesGroup | Unset = UNSET
    """ Sub-group `provision_for_liabilities`
    (data.balance_items.ledger_balances.liabilities.breakdown.provision_for_liabilities). """
    short_term_convertible_debt: ShortTermConvertibleDebtGroup | Unset = UNSET
    """ Sub-group `short_term_convertible_debt`
    (data.balance_items.ledger_balances.liabilities.breakdown.short_term_convertible_debt). """
    accounts_payable: AccountsPayableGroup | Unset = UNSET
    """ Sub-group `accounts_payable` (data.balance_items.ledger_balances.liabilities.breakdown.accounts_payable).
    """
    tax_payable: TaxPayableGroup | Unset = UNSET
    """ Sub-group `tax_payable` (data.balance_items.ledger_balances.liabilities.breakdown.tax_payable). """
    deductions: DeductionsGroup | Unset = UNSET
    """ Sub-group `deductions` (data.balance_items.ledger_balances.liabilities.breakdown.deductions). """
    public_fees_owed: PublicFeesOwedGroup | Unset = UNSET
    """ Sub-group `public_fees_owed` (data.balance_items.ledger_balances.liabilities.breakdown.public_fees_owed).
    """
    dividend: DividendGroup | Unset = UNSET
    """ Sub-group `dividend` (data.balance_items.ledger_balances.liabilities.breakdown.dividend). """
    other_long_term_debt: OtherLongTermDebtGroup | Unset = UNSET
    """ Sub-group `other_long_term_debt`
    (data.balance_items.ledger_balances.liabilities.breakdown.other_long_term_debt). """
    other_short_term_debt: OtherShortTermDebtGroup | Unset = UNSET
    """ Sub-group `other_short_term_debt`
    (data.balance_items.ledger_balances.liabilities.breakdown.other_short_term_debt). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interest_bearing_debt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interest_bearing_debt, Unset):
            interest_bearing_debt = self.interest_bearing_debt.to_dict()

        provision_for_liabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provision_for_liabilities, Unset):
            provision_for_liabilities = self.provision_for_liabilities.to_dict()

        short_term_convertible_debt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.short_term_convertible_debt, Unset):
            short_term_convertible_debt = self.short_term_convertible_debt.to_dict()

        accounts_payable: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accounts_payable, Unset):
            accounts_payable = self.accounts_payable.to_dict()

        tax_payable: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_payable, Unset):
            tax_payable = self.tax_payable.to_dict()

        deductions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deductions, Unset):
            deductions = self.deductions.to_dict()

        public_fees_owed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.public_fees_owed, Unset):
            public_fees_owed = self.public_fees_owed.to_dict()

        dividend: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dividend, Unset):
            dividend = self.dividend.to_dict()

        other_long_term_debt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.other_long_term_debt, Unset):
            other_long_term_debt = self.other_long_term_debt.to_dict()

        other_short_term_debt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.other_short_term_debt, Unset):
            other_short_term_debt = self.other_short_term_debt.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if interest_bearing_debt is not UNSET:
            field_dict["interest_bearing_debt"] = interest_bearing_debt
        if provision_for_liabilities is not UNSET:
            field_dict["provision_for_liabilities"] = provision_for_liabilities
        if short_term_convertible_debt is not UNSET:
            field_dict["short_term_convertible_debt"] = short_term_convertible_debt
        if accounts_payable is not UNSET:
            field_dict["accounts_payable"] = accounts_payable
        if tax_payable is not UNSET:
            field_dict["tax_payable"] = tax_payable
        if deductions is not UNSET:
            field_dict["deductions"] = deductions
        if public_fees_owed is not UNSET:
            field_dict["public_fees_owed"] = public_fees_owed
        if dividend is not UNSET:
            field_dict["dividend"] = dividend
        if other_long_term_debt is not UNSET:
            field_dict["other_long_term_debt"] = other_long_term_debt
        if other_short_term_debt is not UNSET:
            field_dict["other_short_term_debt"] = other_short_term_debt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _interest_bearing_debt = d.pop("interest_bearing_debt", UNSET)
        interest_bearing_debt: InterestBearingDebtGroup | Unset
        if isinstance(_interest_bearing_debt, Unset):
            interest_bearing_debt = UNSET
        else:
            interest_bearing_debt = InterestBearingDebtGroup.from_dict(
                _interest_bearing_debt
            )

        _provision_for_liabilities = d.pop("provision_for_liabilities", UNSET)
        provision_for_liabilities: ProvisionForLiabilitiesGroup | Unset
        if isinstance(_provision_for_liabilities, Unset):
            provision_for_liabilities = UNSET
        else:
            provision_for_liabilities = ProvisionForLiabilitiesGroup.from_dict(
                _provision_for_liabilities
            )

        _short_term_convertible_debt = d.pop("short_term_convertible_debt", UNSET)
        short_term_convertible_debt: ShortTermConvertibleDebtGroup | Unset
        if isinstance(_short_term_convertible_debt, Unset):
            short_term_convertible_debt = UNSET
        else:
            short_term_convertible_debt = ShortTermConvertibleDebtGroup.from_dict(
                _short_term_convertible_debt
            )

        _accounts_payable = d.pop("accounts_payable", UNSET)
        accounts_payable: AccountsPayableGroup | Unset
        if isinstance(_accounts_payable, Unset):
            accounts_payable = UNSET
        else:
            accounts_payable = AccountsPayableGroup.from_dict(_accounts_payable)

        _tax_payable = d.pop("tax_payable", UNSET)
        tax_payable: TaxPayableGroup | Unset
        if isinstance(_tax_payable, Unset):
            tax_payable = UNSET
        else:
            tax_payable = TaxPayableGroup.from_dict(_tax_payable)

        _deductions = d.pop("deductions", UNSET)
        deductions: DeductionsGroup | Unset
        if isinstance(_deductions, Unset):
            deductions = UNSET
        else:
            deductions = DeductionsGroup.from_dict(_deductions)

        _public_fees_owed = d.pop("public_fees_owed", UNSET)
        public_fees_owed: PublicFeesOwedGroup | Unset
        if isinstance(_public_fees_owed, Unset):
            public_fees_owed = UNSET
        else:
            public_fees_owed = PublicFeesOwedGroup.from_dict(_public_fees_owed)

        _dividend = d.pop("dividend", UNSET)
        dividend: DividendGroup | Unset
        if isinstance(_dividend, Unset):
            dividend = UNSET
        else:
            dividend = DividendGroup.from_dict(_dividend)

        _other_long_term_debt = d.pop("other_long_term_debt", UNSET)
        other_long_term_debt: OtherLongTermDebtGroup | Unset
        if isinstance(_other_long_term_debt, Unset):
            other_long_term_debt = UNSET
        else:
            other_long_term_debt = OtherLongTermDebtGroup.from_dict(
                _other_long_term_debt
            )

        _other_short_term_debt = d.pop("other_short_term_debt", UNSET)
        other_short_term_debt: OtherShortTermDebtGroup | Unset
        if isinstance(_other_short_term_debt, Unset):
            other_short_term_debt = UNSET
        else:
            other_short_term_debt = OtherShortTermDebtGroup.from_dict(
                _other_short_term_debt
            )

        self = cls.__new__(cls)
        self.interest_bearing_debt = interest_bearing_debt
        self.provision_for_liabilities = provision_for_liabilities
        self.short_term_convertible_debt = short_term_convertible_debt
        self.accounts_payable = accounts_payable
        self.tax_payable = tax_payable
        self.deductions = deductions
        self.public_fees_owed = public_fees_owed
        self.dividend = dividend
        self.other_long_term_debt = other_long_term_debt
        self.other_short_term_debt = other_short_term_debt

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
from ..models.accounts_payable_group import AccountsPayableGroup
from ..models.deductions_group import DeductionsGroup
from ..models.dividend_group import DividendGroup
from ..models.interest_bearing_debt_group import InterestBearingDebtGroup
from ..models.other_long_term_debt_group import OtherLongTermDebtGroup
from ..models.other_short_term_debt_group import OtherShortTermDebtGroup
from ..models.provision_for_liabilities_group import ProvisionForLiabilitiesGroup
from ..models.public_fees_owed_group import PublicFeesOwedGroup
from ..models.short_term_convertible_debt_group import ShortTermConvertibleDebtGroup
from ..models.tax_payable_group import TaxPayableGroup
