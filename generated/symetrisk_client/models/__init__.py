"""Contains all the data models used in inputs/outputs (each imported on first use)"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_request_result import AccessRequestResult as AccessRequestResult
    from .accounting_data import AccountingData as AccountingData
    from .accounting_data_item import AccountingDataItem as AccountingDataItem
    from .accounting_data_page import AccountingDataPage as AccountingDataPage
    from .accounts_payable_breakdown import (
        AccountsPayableBreakdown as AccountsPayableBreakdown,
    )
    from .accounts_payable_group import AccountsPayableGroup as AccountsPayableGroup
    from .accounts_receivables_breakdown import (
        AccountsReceivablesBreakdown as AccountsReceivablesBreakdown,
    )
    from .accounts_receivables_group import (
        AccountsReceivablesGroup as AccountsReceivablesGroup,
    )
    from .accruals_breakdown import AccrualsBreakdown as AccrualsBreakdown
    from .accruals_group import AccrualsGroup as AccrualsGroup
    from .amortization_breakdown import AmortizationBreakdown as AmortizationBreakdown
    from .amortization_group import AmortizationGroup as AmortizationGroup
    from .api_client_info import ApiClientInfo as ApiClientInfo
    from .asset_gain_breakdown import AssetGainBreakdown as AssetGainBreakdown
    from .asset_gain_group import AssetGainGroup as AssetGainGroup
    from .balance_derived import BalanceDerived as BalanceDerived
    from .balance_items import BalanceItems as BalanceItems
    from .balance_ledger_balances import BalanceLedgerBalances as BalanceLedgerBalances
    from .bank_company import BankCompany as BankCompany
    from .bank_self import BankSelf as BankSelf
    from .benefits_breakdown import BenefitsBreakdown as BenefitsBreakdown
    from .benefits_group import BenefitsGroup as BenefitsGroup
    from .borrower import Borrower as Borrower
    from .borrower_access_request import BorrowerAccessRequest as BorrowerAccessRequest
    from .cash_breakdown import CashBreakdown as CashBreakdown
    from .cash_group import CashGroup as CashGroup
    from .company_summary import CompanySummary as CompanySummary
    from .compensation_to_owners_breakdown import (
        CompensationToOwnersBreakdown as CompensationToOwnersBreakdown,
    )
    from .compensation_to_owners_group import (
        CompensationToOwnersGroup as CompensationToOwnersGroup,
    )
    from .consumption_finished_goods_breakdown import (
        ConsumptionFinishedGoodsBreakdown as ConsumptionFinishedGoodsBreakdown,
    )
    from .consumption_finished_goods_group import (
        ConsumptionFinishedGoodsGroup as ConsumptionFinishedGoodsGroup,
    )
    from .consumption_production_goods_breakdown import (
        ConsumptionProductionGoodsBreakdown as ConsumptionProductionGoodsBreakdown,
    )
    from .consumption_production_goods_group import (
        ConsumptionProductionGoodsGroup as ConsumptionProductionGoodsGroup,
    )
    from .cost_of_goods_for_resale_breakdown import (
        CostOfGoodsForResaleBreakdown as CostOfGoodsForResaleBreakdown,
    )
    from .cost_of_goods_for_resale_group import (
        CostOfGoodsForResaleGroup as CostOfGoodsForResaleGroup,
    )
    from .credit_score import CreditScore as CreditScore
    from .credit_score_component import CreditScoreComponent as CreditScoreComponent
    from .credit_scoring_self import CreditScoringSelf as CreditScoringSelf
    from .debtor import Debtor as Debtor
    from .debtor_access_request import DebtorAccessRequest as DebtorAccessRequest
    from .debtor_page import DebtorPage as DebtorPage
    from .deductions_breakdown import DeductionsBreakdown as DeductionsBreakdown
    from .deductions_group import DeductionsGroup as DeductionsGroup
    from .deferred_breakdown import DeferredBreakdown as DeferredBreakdown
    from .deferred_group import DeferredGroup as DeferredGroup
    from .depreciation_and_amortization_breakdown import (
        DepreciationAndAmortizationBreakdown as DepreciationAndAmortizationBreakdown,
    )
    from .depreciation_and_amortization_group import (
        DepreciationAndAmortizationGroup as DepreciationAndAmortizationGroup,
    )
    from .depreciation_breakdown import DepreciationBreakdown as DepreciationBreakdown
    from .depreciation_group import DepreciationGroup as DepreciationGroup
    from .dividend_breakdown import DividendBreakdown as DividendBreakdown
    from .dividend_group import DividendGroup as DividendGroup
    from .energy_breakdown import EnergyBreakdown as EnergyBreakdown
    from .energy_group import EnergyGroup as EnergyGroup
    from .equipment_breakdown import EquipmentBreakdown as EquipmentBreakdown
    from .equipment_group import EquipmentGroup as EquipmentGroup
    from .equipment_rent_breakdown import (
        EquipmentRentBreakdown as EquipmentRentBreakdown,
    )
    from .equipment_rent_group import EquipmentRentGroup as EquipmentRentGroup
    from .equity_breakdown import EquityBreakdown as EquityBreakdown
    from .equity_group import EquityGroup as EquityGroup
    from .equity_sub_group import EquitySubGroup as EquitySubGroup
    from .equity_sub_group_breakdown import (
        EquitySubGroupBreakdown as EquitySubGroupBreakdown,
    )
    from .error import Error as Error
    from .expenses_breakdown import ExpensesBreakdown as ExpensesBreakdown
    from .expenses_commission_breakdown import (
        ExpensesCommissionBreakdown as ExpensesCommissionBreakdown,
    )
    from .expenses_commission_group import (
        ExpensesCommissionGroup as ExpensesCommissionGroup,
    )
    from .expenses_group import ExpensesGroup as ExpensesGroup
    from .expenses_rent_breakdown import ExpensesRentBreakdown as ExpensesRentBreakdown
    from .expenses_rent_group import ExpensesRentGroup as ExpensesRentGroup
    from .extra_tax_breakdown import ExtraTaxBreakdown as ExtraTaxBreakdown
    from .extra_tax_group import ExtraTaxGroup as ExtraTaxGroup
    from .fees_gifts_breakdown import FeesGiftsBreakdown as FeesGiftsBreakdown
    from .fees_gifts_group import FeesGiftsGroup as FeesGiftsGroup
    from .financial_fixed_assets_breakdown import (
        FinancialFixedAssetsBreakdown as FinancialFixedAssetsBreakdown,
    )
    from .financial_fixed_assets_group import (
        FinancialFixedAssetsGroup as FinancialFixedAssetsGroup,
    )
    from .freight_and_transport_breakdown import (
        FreightAndTransportBreakdown as FreightAndTransportBreakdown,
    )
    from .freight_and_transport_group import (
        FreightAndTransportGroup as FreightAndTransportGroup,
    )
    from .government_grants_breakdown import (
        GovernmentGrantsBreakdown as GovernmentGrantsBreakdown,
    )
    from .government_grants_group import GovernmentGrantsGroup as GovernmentGrantsGroup
    from .grant_type import GrantType as GrantType
    from .initialize_company_request import (
        InitializeCompanyRequest as InitializeCompanyRequest,
    )
    from .insurance_breakdown import InsuranceBreakdown as InsuranceBreakdown
    from .insurance_group import InsuranceGroup as InsuranceGroup
    from .intangibles_breakdown import IntangiblesBreakdown as IntangiblesBreakdown
    from .intangibles_group import IntangiblesGroup as IntangiblesGroup
    from .interest_bearing_debt_breakdown import (
        InterestBearingDebtBreakdown as InterestBearingDebtBreakdown,
    )
    from .interest_bearing_debt_group import (
        InterestBearingDebtGroup as InterestBearingDebtGroup,
    )
    from .interest_expenses_breakdown import (
        InterestExpensesBreakdown as InterestExpensesBreakdown,
    )
    from .interest_expenses_group import InterestExpensesGroup as InterestExpensesGroup
    from .interest_income_breakdown import (
        InterestIncomeBreakdown as InterestIncomeBreakdown,
    )
    from .interest_income_group import InterestIncomeGroup as InterestIncomeGroup
    from .inventory_breakdown import InventoryBreakdown as InventoryBreakdown
    from .inventory_group import InventoryGroup as InventoryGroup
    from .invoices_breakdown import InvoicesBreakdown as InvoicesBreakdown
    from .known_accounting_system import KnownAccountingSystem as KnownAccountingSystem
    from .known_notification_type import KnownNotificationType as KnownNotificationType
    from .known_origin import KnownOrigin as KnownOrigin
    from .known_relationship_state import (
        KnownRelationshipState as KnownRelationshipState,
    )
    from .known_signup_state import KnownSignupState as KnownSignupState
    from .labor_grant_breakdown import LaborGrantBreakdown as LaborGrantBreakdown
    from .labor_grant_group import LaborGrantGroup as LaborGrantGroup
    from .labor_refund_breakdown import LaborRefundBreakdown as LaborRefundBreakdown
    from .labor_refund_group import LaborRefundGroup as LaborRefundGroup
    from .liabilities_breakdown import LiabilitiesBreakdown as LiabilitiesBreakdown
    from .liabilities_group import LiabilitiesGroup as LiabilitiesGroup
    from .licenses_breakdown import LicensesBreakdown as LicensesBreakdown
    from .licenses_group import LicensesGroup as LicensesGroup
    from .losses_breakdown import LossesBreakdown as LossesBreakdown
    from .losses_group import LossesGroup as LossesGroup
    from .maintenance_breakdown import MaintenanceBreakdown as MaintenanceBreakdown
    from .maintenance_group import MaintenanceGroup as MaintenanceGroup
    from .marketing_breakdown import MarketingBreakdown as MarketingBreakdown
    from .marketing_group import MarketingGroup as MarketingGroup
    from .notification import Notification as Notification
    from .notification_page import NotificationPage as NotificationPage
    from .o_auth_error import OAuthError as OAuthError
    from .office_breakdown import OfficeBreakdown as OfficeBreakdown
    from .office_group import OfficeGroup as OfficeGroup
    from .organization_reference import OrganizationReference as OrganizationReference
    from .other_accruals_breakdown import (
        OtherAccrualsBreakdown as OtherAccrualsBreakdown,
    )
    from .other_accruals_group import OtherAccrualsGroup as OtherAccrualsGroup
    from .other_expenses_breakdown import (
        OtherExpensesBreakdown as OtherExpensesBreakdown,
    )
    from .other_expenses_group import OtherExpensesGroup as OtherExpensesGroup
    from .other_financial_expenses_breakdown import (
        OtherFinancialExpensesBreakdown as OtherFinancialExpensesBreakdown,
    )
    from .other_financial_expenses_group import (
        OtherFinancialExpensesGroup as OtherFinancialExpensesGroup,
    )
    from .other_financial_expenses_sub_group import (
        OtherFinancialExpensesSubGroup as OtherFinancialExpensesSubGroup,
    )
    from .other_financial_expenses_sub_group_breakdown import (
        OtherFinancialExpensesSubGroupBreakdown as OtherFinancialExpensesSubGroupBreakdown,
    )
    from .other_financial_income_breakdown import (
        OtherFinancialIncomeBreakdown as OtherFinancialIncomeBreakdown,
    )
    from .other_financial_income_group import (
        OtherFinancialIncomeGroup as OtherFinancialIncomeGroup,
    )
    from .other_financial_income_sub_group import (
        OtherFinancialIncomeSubGroup as OtherFinancialIncomeSubGroup,
    )
    from .other_financial_income_sub_group_breakdown import (
        OtherFinancialIncomeSubGroupBreakdown as OtherFinancialIncomeSubGroupBreakdown,
    )
    from .other_ledger_balances import OtherLedgerBalances as OtherLedgerBalances
    from .other_ledger_balances_ledger_balances import (
        OtherLedgerBalancesLedgerBalances as OtherLedgerBalancesLedgerBalances,
    )
    from .other_long_term_debt_breakdown import (
        OtherLongTermDebtBreakdown as OtherLongTermDebtBreakdown,
    )
    from .other_long_term_debt_group import (
        OtherLongTermDebtGroup as OtherLongTermDebtGroup,
    )
    from .other_operating_income_breakdown import (
        OtherOperatingIncomeBreakdown as OtherOperatingIncomeBreakdown,
    )
    from .other_operating_income_group import (
        OtherOperatingIncomeGroup as OtherOperatingIncomeGroup,
    )
    from .other_personnel_cost_breakdown import (
        OtherPersonnelCostBreakdown as OtherPersonnelCostBreakdown,
    )
    from .other_personnel_cost_group import (
        OtherPersonnelCostGroup as OtherPersonnelCostGroup,
    )
    from .other_reimbursements_breakdown import (
        OtherReimbursementsBreakdown as OtherReimbursementsBreakdown,
    )
    from .other_reimbursements_group import (
        OtherReimbursementsGroup as OtherReimbursementsGroup,
    )
    from .other_reportable_remuneration_breakdown import (
        OtherReportableRemunerationBreakdown as OtherReportableRemunerationBreakdown,
    )
    from .other_reportable_remuneration_group import (
        OtherReportableRemunerationGroup as OtherReportableRemunerationGroup,
    )
    from .other_short_term_debt_breakdown import (
        OtherShortTermDebtBreakdown as OtherShortTermDebtBreakdown,
    )
    from .other_short_term_debt_group import (
        OtherShortTermDebtGroup as OtherShortTermDebtGroup,
    )
    from .other_uncategorized_depreciation_and_amortization_breakdown import (
        OtherUncategorizedDepreciationAndAmortizationBreakdown as OtherUncategorizedDepreciationAndAmortizationBreakdown,
    )
    from .other_uncategorized_depreciation_and_amortization_group import (
        OtherUncategorizedDepreciationAndAmortizationGroup as OtherUncategorizedDepreciationAndAmortizationGroup,
    )
    from .other_uncategorized_expenses_breakdown import (
        OtherUncategorizedExpensesBreakdown as OtherUncategorizedExpensesBreakdown,
    )
    from .other_uncategorized_expenses_group import (
        OtherUncategorizedExpensesGroup as OtherUncategorizedExpensesGroup,
    )
    from .other_uncategorized_financial_income_breakdown import (
        OtherUncategorizedFinancialIncomeBreakdown as OtherUncategorizedFinancialIncomeBreakdown,
    )
    from .other_uncategorized_financial_income_group import (
        OtherUncategorizedFinancialIncomeGroup as OtherUncategorizedFinancialIncomeGroup,
    )
    from .other_uncategorized_other_financial_expenses_breakdown import (
        OtherUncategorizedOtherFinancialExpensesBreakdown as OtherUncategorizedOtherFinancialExpensesBreakdown,
    )
    from .other_uncategorized_other_financial_expenses_group import (
        OtherUncategorizedOtherFinancialExpensesGroup as OtherUncategorizedOtherFinancialExpensesGroup,
    )
    from .pagination_metadata import PaginationMetadata as PaginationMetadata
    from .partner import Partner as Partner
    from .payroll_tax_breakdown import PayrollTaxBreakdown as PayrollTaxBreakdown
    from .payroll_tax_group import PayrollTaxGroup as PayrollTaxGroup
    from .ping_response import PingResponse as PingResponse
    from .prepaids_breakdown import PrepaidsBreakdown as PrepaidsBreakdown
    from .prepaids_group import PrepaidsGroup as PrepaidsGroup
    from .profit_and_loss_derived import ProfitAndLossDerived as ProfitAndLossDerived
    from .profit_and_loss_items import ProfitAndLossItems as ProfitAndLossItems
    from .profit_and_loss_ledger_balances import (
        ProfitAndLossLedgerBalances as ProfitAndLossLedgerBalances,
    )
    from .property_breakdown import PropertyBreakdown as PropertyBreakdown
    from .property_group import PropertyGroup as PropertyGroup
    from .provision_for_liabilities_breakdown import (
        ProvisionForLiabilitiesBreakdown as ProvisionForLiabilitiesBreakdown,
    )
    from .provision_for_liabilities_group import (
        ProvisionForLiabilitiesGroup as ProvisionForLiabilitiesGroup,
    )
    from .public_fees_owed_breakdown import (
        PublicFeesOwedBreakdown as PublicFeesOwedBreakdown,
    )
    from .public_fees_owed_group import PublicFeesOwedGroup as PublicFeesOwedGroup
    from .raw_materials_breakdown import RawMaterialsBreakdown as RawMaterialsBreakdown
    from .raw_materials_group import RawMaterialsGroup as RawMaterialsGroup
    from .relationship import Relationship as Relationship
    from .relationship_page import RelationshipPage as RelationshipPage
    from .revenues_breakdown import RevenuesBreakdown as RevenuesBreakdown
    from .revenues_commission_breakdown import (
        RevenuesCommissionBreakdown as RevenuesCommissionBreakdown,
    )
    from .revenues_commission_group import (
        RevenuesCommissionGroup as RevenuesCommissionGroup,
    )
    from .revenues_group import RevenuesGroup as RevenuesGroup
    from .revenues_rent_breakdown import RevenuesRentBreakdown as RevenuesRentBreakdown
    from .revenues_rent_group import RevenuesRentGroup as RevenuesRentGroup
    from .sales_non_vat_breakdown import SalesNonVatBreakdown as SalesNonVatBreakdown
    from .sales_non_vat_group import SalesNonVatGroup as SalesNonVatGroup
    from .sales_tax_breakdown import SalesTaxBreakdown as SalesTaxBreakdown
    from .sales_tax_group import SalesTaxGroup as SalesTaxGroup
    from .sales_vat_breakdown import SalesVatBreakdown as SalesVatBreakdown
    from .sales_vat_exempt_breakdown import (
        SalesVatExemptBreakdown as SalesVatExemptBreakdown,
    )
    from .sales_vat_exempt_group import SalesVatExemptGroup as SalesVatExemptGroup
    from .sales_vat_group import SalesVatGroup as SalesVatGroup
    from .services_breakdown import ServicesBreakdown as ServicesBreakdown
    from .services_group import ServicesGroup as ServicesGroup
    from .short_term_convertible_debt_breakdown import (
        ShortTermConvertibleDebtBreakdown as ShortTermConvertibleDebtBreakdown,
    )
    from .short_term_convertible_debt_group import (
        ShortTermConvertibleDebtGroup as ShortTermConvertibleDebtGroup,
    )
    from .short_term_investments_breakdown import (
        ShortTermInvestmentsBreakdown as ShortTermInvestmentsBreakdown,
    )
    from .short_term_investments_group import (
        ShortTermInvestmentsGroup as ShortTermInvestmentsGroup,
    )
    from .short_term_receivables_breakdown import (
        ShortTermReceivablesBreakdown as ShortTermReceivablesBreakdown,
    )
    from .short_term_receivables_group import (
        ShortTermReceivablesGroup as ShortTermReceivablesGroup,
    )
    from .signup_link import SignupLink as SignupLink
    from .small_tools_breakdown import SmallToolsBreakdown as SmallToolsBreakdown
    from .small_tools_group import SmallToolsGroup as SmallToolsGroup
    from .subcontract_breakdown import SubcontractBreakdown as SubcontractBreakdown
    from .subcontract_group import SubcontractGroup as SubcontractGroup
    from .supplier_receivables_breakdown import (
        SupplierReceivablesBreakdown as SupplierReceivablesBreakdown,
    )
    from .supplier_receivables_group import (
        SupplierReceivablesGroup as SupplierReceivablesGroup,
    )
    from .tax_breakdown import TaxBreakdown as TaxBreakdown
    from .tax_group import TaxGroup as TaxGroup
    from .tax_payable_breakdown import TaxPayableBreakdown as TaxPayableBreakdown
    from .tax_payable_group import TaxPayableGroup as TaxPayableGroup
    from .taxes_breakdown import TaxesBreakdown as TaxesBreakdown
    from .taxes_group import TaxesGroup as TaxesGroup
    from .telephone_and_postage_breakdown import (
        TelephoneAndPostageBreakdown as TelephoneAndPostageBreakdown,
    )
    from .telephone_and_postage_group import (
        TelephoneAndPostageGroup as TelephoneAndPostageGroup,
    )
    from .token_request import TokenRequest as TokenRequest
    from .token_response import TokenResponse as TokenResponse
    from .total_assets_breakdown import TotalAssetsBreakdown as TotalAssetsBreakdown
    from .total_assets_group import TotalAssetsGroup as TotalAssetsGroup
    from .transfers_and_dispositions_breakdown import (
        TransfersAndDispositionsBreakdown as TransfersAndDispositionsBreakdown,
    )
    from .transfers_and_dispositions_group import (
        TransfersAndDispositionsGroup as TransfersAndDispositionsGroup,
    )
    from .transfers_breakdown import TransfersBreakdown as TransfersBreakdown
    from .transfers_group import TransfersGroup as TransfersGroup
    from .travel_breakdown import TravelBreakdown as TravelBreakdown
    from .travel_group import TravelGroup as TravelGroup
    from .vat_grants_breakdown import VatGrantsBreakdown as VatGrantsBreakdown
    from .vat_grants_group import VatGrantsGroup as VatGrantsGroup
    from .vehicles_breakdown import VehiclesBreakdown as VehiclesBreakdown
    from .vehicles_group import VehiclesGroup as VehiclesGroup
    from .wages_breakdown import WagesBreakdown as WagesBreakdown
    from .wages_group import WagesGroup as WagesGroup

_MODULES = {
    "AccessRequestResult": ".access_request_result",
    "AccountingData": ".accounting_data",
    "AccountingDataItem": ".accounting_data_item",
    "AccountingDataPage": ".accounting_data_page",
    "AccountsPayableBreakdown": ".accounts_payable_breakdown",
    "AccountsPayableGroup": ".accounts_payable_group",
    "AccountsReceivablesBreakdown": ".accounts_receivables_breakdown",
    "AccountsReceivablesGroup": ".accounts_receivables_group",
    "AccrualsBreakdown": ".accruals_breakdown",
    "AccrualsGroup": ".accruals_group",
    "AmortizationBreakdown": ".amortization_breakdown",
    "AmortizationGroup": ".amortization_group",
    "ApiClientInfo": ".api_client_info",
    "AssetGainBreakdown": ".asset_gain_breakdown",
    "AssetGainGroup": ".asset_gain_group",
    "BalanceDerived": ".balance_derived",
    "BalanceItems": ".balance_items",
    "BalanceLedgerBalances": ".balance_ledger_balances",
    "BankCompany": ".bank_company",
    "BankSelf": ".bank_self",
    "BenefitsBreakdown": ".benefits_breakdown",
    "BenefitsGroup": ".benefits_group",
    "Borrower": ".borrower",
    "BorrowerAccessRequest": ".borrower_access_request",
    "CashBreakdown": ".cash_breakdown",
    "CashGroup": ".cash_group",
    "CompanySummary": ".company_summary",
    "CompensationToOwnersBreakdown": ".compensation_to_owners_breakdown",
    "CompensationToOwnersGroup": ".compensation_to_owners_group",
    "ConsumptionFinishedGoodsBreakdown": ".consumption_finished_goods_breakdown",
    "ConsumptionFinishedGoodsGroup": ".consumption_finished_goods_group",
    "ConsumptionProductionGoodsBreakdown": ".consumption_production_goods_breakdown",
    "ConsumptionProductionGoodsGroup": ".consumption_production_goods_group",
    "CostOfGoodsForResaleBreakdown": ".cost_of_goods_for_resale_breakdown",
    "CostOfGoodsForResaleGroup": ".cost_of_goods_for_resale_group",
    "CreditScore": ".credit_score",
    "CreditScoreComponent": ".credit_score_component",
    "CreditScoringSelf": ".credit_scoring_self",
    "Debtor": ".debtor",
    "DebtorAccessRequest": ".debtor_access_request",
    "DebtorPage": ".debtor_page",
    "DeductionsBreakdown": ".deductions_breakdown",
    "DeductionsGroup": ".deductions_group",
    "DeferredBreakdown": ".deferred_breakdown",
    "DeferredGroup": ".deferred_group",
    "DepreciationAndAmortizationBreakdown": ".depreciation_and_amortization_breakdown",
    "DepreciationAndAmortizationGroup": ".depreciation_and_amortization_group",
    "DepreciationBreakdown": ".depreciation_breakdown",
    "DepreciationGroup": ".depreciation_group",
    "DividendBreakdown": ".dividend_breakdown",
    "DividendGroup": ".dividend_group",
    "EnergyBreakdown": ".energy_breakdown",
    "EnergyGroup": ".energy_group",
    "EquipmentBreakdown": ".equipment_breakdown",
    "EquipmentGroup": ".equipment_group",
    "EquipmentRentBreakdown": ".equipment_rent_breakdown",
    "EquipmentRentGroup": ".equipment_rent_group",
    "EquityBreakdown": ".equity_breakdown",
    "EquityGroup": ".equity_group",
    "EquitySubGroup": ".equity_sub_group",
    "EquitySubGroupBreakdown": ".equity_sub_group_breakdown",
    "Error": ".error",
    "ExpensesBreakdown": ".expenses_breakdown",
    "ExpensesCommissionBreakdown": ".expenses_commission_breakdown",
    "ExpensesCommissionGroup": ".expenses_commission_group",
    "ExpensesGroup": ".expenses_group",
    "ExpensesRentBreakdown": ".expenses_rent_breakdown",
    "ExpensesRentGroup": ".expenses_rent_group",
    "ExtraTaxBreakdown": ".extra_tax_breakdown",
    "ExtraTaxGroup": ".extra_tax_group",
    "FeesGiftsBreakdown": ".fees_gifts_breakdown",
    "FeesGiftsGroup": ".fees_gifts_group",
    "FinancialFixedAssetsBreakdown": ".financial_fixed_assets_breakdown",
    "FinancialFixedAssetsGroup": ".financial_fixed_assets_group",
    "FreightAndTransportBreakdown": ".freight_and_transport_breakdown",
    "FreightAndTransportGroup": ".freight_and_transport_group",
    "GovernmentGrantsBreakdown": ".government_grants_breakdown",
    "GovernmentGrantsGroup": ".government_grants_group",
    "GrantType": ".grant_type",
    "InitializeCompanyRequest": ".initialize_company_request",
    "InsuranceBreakdown": ".insurance_breakdown",
    "InsuranceGroup": ".insurance_group",
    "IntangiblesBreakdown": ".intangibles_breakdown",
    "IntangiblesGroup": ".intangibles_group",
    "InterestBearingDebtBreakdown": ".interest_bearing_debt_breakdown",
    "InterestBearingDebtGroup": ".interest_bearing_debt_group",
    "InterestExpensesBreakdown": ".interest_expenses_breakdown",
    "InterestExpensesGroup": ".interest_expenses_group",
    "InterestIncomeBreakdown": ".interest_income_breakdown",
    "InterestIncomeGroup": ".interest_income_group",
    "InventoryBreakdown": ".inventory_breakdown",
    "InventoryGroup": ".inventory_group",
    "InvoicesBreakdown": ".invoices_breakdown",
    "KnownAccountingSystem": ".known_accounting_system",
    "KnownNotificationType": ".known_notification_type",
    "KnownOrigin": ".known_origin",
    "KnownRelationshipState": ".known_relationship_state",
    "KnownSignupState": ".known_signup_state",
    "LaborGrantBreakdown": ".labor_grant_breakdown",
    "LaborGrantGroup": ".labor_grant_group",
    "LaborRefundBreakdown": ".labor_refund_breakdown",
    "LaborRefundGroup": ".labor_refund_group",
    "LiabilitiesBreakdown": ".liabilities_breakdown",
    "LiabilitiesGroup": ".liabilities_group",
    "LicensesBreakdown": ".licenses_breakdown",
    "LicensesGroup": ".licenses_group",
    "LossesBreakdown": ".losses_breakdown",
    "LossesGroup": ".losses_group",
    "MaintenanceBreakdown": ".maintenance_breakdown",
    "MaintenanceGroup": ".maintenance_group",
    "MarketingBreakdown": ".marketing_breakdown",
    "MarketingGroup": ".marketing_group",
    "Notification": ".notification",
    "NotificationPage": ".notification_page",
    "OAuthError": ".o_auth_error",
    "OfficeBreakdown": ".office_breakdown",
    "OfficeGroup": ".office_group",
    "OrganizationReference": ".organization_reference",
    "OtherAccrualsBreakdown": ".other_accruals_breakdown",
    "OtherAccrualsGroup": ".other_accruals_group",
    "OtherExpensesBreakdown": ".other_expenses_breakdown",
    "OtherExpensesGroup": ".other_expenses_group",
    "OtherFinancialExpensesBreakdown": ".other_financial_expenses_breakdown",
    "OtherFinancialExpensesGroup": ".other_financial_expenses_group",
    "OtherFinancialExpensesSubGroup": ".other_financial_expenses_sub_group",
    "OtherFinancialExpensesSubGroupBreakdown": ".other_financial_expenses_sub_group_breakdown",
    "OtherFinancialIncomeBreakdown": ".other_financial_income_breakdown",
    "OtherFinancialIncomeGroup": ".other_financial_income_group",
    "OtherFinancialIncomeSubGroup": ".other_financial_income_sub_group",
    "OtherFinancialIncomeSubGroupBreakdown": ".other_financial_income_sub_group_breakdown",
    "OtherLedgerBalances": ".other_ledger_balances",
    "OtherLedgerBalancesLedgerBalances": ".other_ledger_balances_ledger_balances",
    "OtherLongTermDebtBreakdown": ".other_long_term_debt_breakdown",
    "OtherLongTermDebtGroup": ".other_long_term_debt_group",
    "OtherOperatingIncomeBreakdown": ".other_operating_income_breakdown",
    "OtherOperatingIncomeGroup": ".other_operating_income_group",
    "OtherPersonnelCostBreakdown": ".other_personnel_cost_breakdown",
    "OtherPersonnelCostGroup": ".other_personnel_cost_group",
    "OtherReimbursementsBreakdown": ".other_reimbursements_breakdown",
    "OtherReimbursementsGroup": ".other_reimbursements_group",
    "OtherReportableRemunerationBreakdown": ".other_reportable_remuneration_breakdown",
    "OtherReportableRemunerationGroup": ".other_reportable_remuneration_group",
    "OtherShortTermDebtBreakdown": ".other_short_term_debt_breakdown",
    "OtherShortTermDebtGroup": ".other_short_term_debt_group",
    "OtherUncategorizedDepreciationAndAmortizationBreakdown": ".other_uncategorized_depreciation_and_amortization_breakdown",
    "OtherUncategorizedDepreciationAndAmortizationGroup": ".other_uncategorized_depreciation_and_amortization_group",
    "OtherUncategorizedExpensesBreakdown": ".other_uncategorized_expenses_breakdown",
    "OtherUncategorizedExpensesGroup": ".other_uncategorized_expenses_group",
    "OtherUncategorizedFinancialIncomeBreakdown": ".other_uncategorized_financial_income_breakdown",
    "OtherUncategorizedFinancialIncomeGroup": ".other_uncategorized_financial_income_group",
    "OtherUncategorizedOtherFinancialExpensesBreakdown": ".other_uncategorized_other_financial_expenses_breakdown",
    "OtherUncategorizedOtherFinancialExpensesGroup": ".other_uncategorized_other_financial_expenses_group",
    "PaginationMetadata": ".pagination_metadata",
    "Partner": ".partner",
    "PayrollTaxBreakdown": ".payroll_tax_breakdown",
    "PayrollTaxGroup": ".payroll_tax_group",
    "PingResponse": ".ping_response",
    "PrepaidsBreakdown": ".prepaids_breakdown",
    "PrepaidsGroup": ".prepaids_group",
    "ProfitAndLossDerived": ".profit_and_loss_derived",
    "ProfitAndLossItems": ".profit_and_loss_items",
    "ProfitAndLossLedgerBalances": ".profit_and_loss_ledger_balances",
    "PropertyBreakdown": ".property_breakdown",
    "PropertyGroup": ".property_group",
    "ProvisionForLiabilitiesBreakdown": ".provision_for_liabilities_breakdown",
    "ProvisionForLiabilitiesGroup": ".provision_for_liabilities_group",
    "PublicFeesOwedBreakdown": ".public_fees_owed_breakdown",
    "PublicFeesOwedGroup": ".public_fees_owed_group",
    "RawMaterialsBreakdown": ".raw_materials_breakdown",
    "RawMaterialsGroup": ".raw_materials_group",
    "Relationship": ".relationship",
    "RelationshipPage": ".relationship_page",
    "RevenuesBreakdown": ".revenues_breakdown",
    "RevenuesCommissionBreakdown": ".revenues_commission_breakdown",
    "RevenuesCommissionGroup": ".revenues_commission_group",
    "RevenuesGroup": ".revenues_group",
    "RevenuesRentBreakdown": ".revenues_rent_breakdown",
    "RevenuesRentGroup": ".revenues_rent_group",
    "SalesNonVatBreakdown": ".sales_non_vat_breakdown",
    "SalesNonVatGroup": ".sales_non_vat_group",
    "SalesTaxBreakdown": ".sales_tax_breakdown",
    "SalesTaxGroup": ".sales_tax_group",
    "SalesVatBreakdown": ".sales_vat_breakdown",
    "SalesVatExemptBreakdown": ".sales_vat_exempt_breakdown",
    "SalesVatExemptGroup": ".sales_vat_exempt_group",
    "SalesVatGroup": ".sales_vat_group",
    "ServicesBreakdown": ".services_breakdown",
    "ServicesGroup": ".services_group",
    "ShortTermConvertibleDebtBreakdown": ".short_term_convertible_debt_breakdown",
    "ShortTermConvertibleDebtGroup": ".short_term_convertible_debt_group",
    "ShortTermInvestmentsBreakdown": ".short_term_investments_breakdown",
    "ShortTermInvestmentsGroup": ".short_term_investments_group",
    "ShortTermReceivablesBreakdown": ".short_term_receivables_breakdown",
    "ShortTermReceivablesGroup": ".short_term_receivables_group",
    "SignupLink": ".signup_link",
    "SmallToolsBreakdown": ".small_tools_breakdown",
    "SmallToolsGroup": ".small_tools_group",
    "SubcontractBreakdown": ".subcontract_breakdown",
    "SubcontractGroup": ".subcontract_group",
    "SupplierReceivablesBreakdown": ".supplier_receivables_breakdown",
    "SupplierReceivablesGroup": ".supplier_receivables_group",
    "TaxBreakdown": ".tax_breakdown",
    "TaxGroup": ".tax_group",
    "TaxPayableBreakdown": ".tax_payable_breakdown",
    "TaxPayableGroup": ".tax_payable_group",
    "TaxesBreakdown": ".taxes_breakdown",
    "TaxesGroup": ".taxes_group",
    "TelephoneAndPostageBreakdown": ".telephone_and_postage_breakdown",
    "TelephoneAndPostageGroup": ".telephone_and_postage_group",
    "TokenRequest": ".token_request",
    "TokenResponse": ".token_response",
    "TotalAssetsBreakdown": ".total_assets_breakdown",
    "TotalAssetsGroup": ".total_assets_group",
    "TransfersAndDispositionsBreakdown": ".transfers_and_dispositions_breakdown",
    "TransfersAndDispositionsGroup": ".transfers_and_dispositions_group",
    "TransfersBreakdown": ".transfers_breakdown",
    "TransfersGroup": ".transfers_group",
    "TravelBreakdown": ".travel_breakdown",
    "TravelGroup": ".travel_group",
    "VatGrantsBreakdown": ".vat_grants_breakdown",
    "VatGrantsGroup": ".vat_grants_group",
    "VehiclesBreakdown": ".vehicles_breakdown",
    "VehiclesGroup": ".vehicles_group",
    "WagesBreakdown": ".wages_breakdown",
    "WagesGroup": ".wages_group",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])


__all__ = (
    "AccessRequestResult",
    "AccountingData",
    "AccountingDataItem",
    "AccountingDataPage",
    "AccountsPayableBreakdown",
    "AccountsPayableGroup",
    "AccountsReceivablesBreakdown",
    "AccountsReceivablesGroup",
    "AccrualsBreakdown",
    "AccrualsGroup",
    "AmortizationBreakdown",
    "AmortizationGroup",
    "ApiClientInfo",
    "AssetGainBreakdown",
    "AssetGainGroup",
    "BalanceDerived",
    "BalanceItems",
    "BalanceLedgerBalances",
    "BankCompany",
    "BankSelf",
    "BenefitsBreakdown",
    "BenefitsGroup",
    "Borrower",
    "BorrowerAccessRequest",
    "CashBreakdown",
    "CashGroup",
    "CompanySummary",
    "CompensationToOwnersBreakdown",
    "CompensationToOwnersGroup",
    "ConsumptionFinishedGoodsBreakdown",
    "ConsumptionFinishedGoodsGroup",
    "ConsumptionProductionGoodsBreakdown",
    "ConsumptionProductionGoodsGroup",
    "CostOfGoodsForResaleBreakdown",
    "CostOfGoodsForResaleGroup",
    "CreditScore",
    "CreditScoreComponent",
    "CreditScoringSelf",
    "Debtor",
    "DebtorAccessRequest",
    "DebtorPage",
    "DeductionsBreakdown",
    "DeductionsGroup",
    "DeferredBreakdown",
    "DeferredGroup",
    "DepreciationAndAmortizationBreakdown",
    "DepreciationAndAmortizationGroup",
    "DepreciationBreakdown",
    "DepreciationGroup",
    "DividendBreakdown",
    "DividendGroup",
    "EnergyBreakdown",
    "EnergyGroup",
    "EquipmentBreakdown",
    "EquipmentGroup",
    "EquipmentRentBreakdown",
    "EquipmentRentGroup",
    "EquityBreakdown",
    "EquityGroup",
    "EquitySubGroup",
    "EquitySubGroupBreakdown",
    "Error",
    "ExpensesBreakdown",
    "ExpensesCommissionBreakdown",
    "ExpensesCommissionGroup",
    "ExpensesGroup",
    "ExpensesRentBreakdown",
    "ExpensesRentGroup",
    "ExtraTaxBreakdown",
    "ExtraTaxGroup",
    "FeesGiftsBreakdown",
    "FeesGiftsGroup",
    "FinancialFixedAssetsBreakdown",
    "FinancialFixedAssetsGroup",
    "FreightAndTransportBreakdown",
    "FreightAndTransportGroup",
    "GovernmentGrantsBreakdown",
    "GovernmentGrantsGroup",
    "GrantType",
    "InitializeCompanyRequest",
    "InsuranceBreakdown",
    "InsuranceGroup",
    "IntangiblesBreakdown",
    "IntangiblesGroup",
    "InterestBearingDebtBreakdown",
    "InterestBearingDebtGroup",
    "InterestExpensesBreakdown",
    "InterestExpensesGroup",
    "InterestIncomeBreakdown",
    "InterestIncomeGroup",
    "InventoryBreakdown",
    "InventoryGroup",
    "InvoicesBreakdown",
    "KnownAccountingSystem",
    "KnownNotificationType",
    "KnownOrigin",
    "KnownRelationshipState",
    "KnownSignupState",
    "LaborGrantBreakdown",
    "LaborGrantGroup",
    "LaborRefundBreakdown",
    "LaborRefundGroup",
    "LiabilitiesBreakdown",
    "LiabilitiesGroup",
    "LicensesBreakdown",
    "LicensesGroup",
    "LossesBreakdown",
    "LossesGroup",
    "MaintenanceBreakdown",
    "MaintenanceGroup",
    "MarketingBreakdown",
    "MarketingGroup",
    "Notification",
    "NotificationPage",
    "OAuthError",
    "OfficeBreakdown",
    "OfficeGroup",
    "OrganizationReference",
    "OtherAccrualsBreakdown",
    "OtherAccrualsGroup",
    "OtherExpensesBreakdown",
    "OtherExpensesGroup",
    "OtherFinancialExpensesBreakdown",
    "OtherFinancialExpensesGroup",
    "OtherFinancialExpensesSubGroup",
    "OtherFinancialExpensesSubGroupBreakdown",
    "OtherFinancialIncomeBreakdown",
    "OtherFinancialIncomeGroup",
    "OtherFinancialIncomeSubGroup",
    "OtherFinancialIncomeSubGroupBreakdown",
    "OtherLedgerBalances",
    "OtherLedgerBalancesLedgerBalances",
    "OtherLongTermDebtBreakdown",
    "OtherLongTermDebtGroup",
    "OtherOperatingIncomeBreakdown",
    "OtherOperatingIncomeGroup",
    "OtherPersonnelCostBreakdown",
    "OtherPersonnelCostGroup",
    "OtherReimbursementsBreakdown",
    "OtherReimbursementsGroup",
    "OtherReportableRemunerationBreakdown",
    "OtherReportableRemunerationGroup",
    "OtherShortTermDebtBreakdown",
    "OtherShortTermDebtGroup",
    "OtherUncategorizedDepreciationAndAmortizationBreakdown",
    "OtherUncategorizedDepreciationAndAmortizationGroup",
    "OtherUncategorizedExpensesBreakdown",
    "OtherUncategorizedExpensesGroup",
    "OtherUncategorizedFinancialIncomeBreakdown",
    "OtherUncategorizedFinancialIncomeGroup",
    "OtherUncategorizedOtherFinancialExpensesBreakdown",
    "OtherUncategorizedOtherFinancialExpensesGroup",
    "PaginationMetadata",
    "Partner",
    "PayrollTaxBreakdown",
    "PayrollTaxGroup",
    "PingResponse",
    "PrepaidsBreakdown",
    "PrepaidsGroup",
    "ProfitAndLossDerived",
    "ProfitAndLossItems",
    "ProfitAndLossLedgerBalances",
    "PropertyBreakdown",
    "PropertyGroup",
    "ProvisionForLiabilitiesBreakdown",
    "ProvisionForLiabilitiesGroup",
    "PublicFeesOwedBreakdown",
    "PublicFeesOwedGroup",
    "RawMaterialsBreakdown",
    "RawMaterialsGroup",
    "Relationship",
    "RelationshipPage",
    "RevenuesBreakdown",
    "RevenuesCommissionBreakdown",
    "RevenuesCommissionGroup",
    "RevenuesGroup",
    "RevenuesRentBreakdown",
    "RevenuesRentGroup",
    "SalesNonVatBreakdown",
    "SalesNonVatGroup",
    "SalesTaxBreakdown",
    "SalesTaxGroup",
    "SalesVatBreakdown",
    "SalesVatExemptBreakdown",
    "SalesVatExemptGroup",
    "SalesVatGroup",
    "ServicesBreakdown",
    "ServicesGroup",
    "ShortTermConvertibleDebtBreakdown",
    "ShortTermConvertibleDebtGroup",
    "ShortTermInvestmentsBreakdown",
    "ShortTermInvestmentsGroup",
    "ShortTermReceivablesBreakdown",
    "ShortTermReceivablesGroup",
    "SignupLink",
    "SmallToolsBreakdown",
    "SmallToolsGroup",
    "SubcontractBreakdown",
    "SubcontractGroup",
    "SupplierReceivablesBreakdown",
    "SupplierReceivablesGroup",
    "TaxBreakdown",
    "TaxGroup",
    "TaxPayableBreakdown",
    "TaxPayableGroup",
    "TaxesBreakdown",
    "TaxesGroup",
    "TelephoneAndPostageBreakdown",
    "TelephoneAndPostageGroup",
    "TokenRequest",
    "TokenResponse",
    "TotalAssetsBreakdown",
    "TotalAssetsGroup",
    "TransfersAndDispositionsBreakdown",
    "TransfersAndDispositionsGroup",
    "TransfersBreakdown",
    "TransfersGroup",
    "TravelBreakdown",
    "TravelGroup",
    "VatGrantsBreakdown",
    "VatGrantsGroup",
    "VehiclesBreakdown",
    "VehiclesGroup",
    "WagesBreakdown",
    "WagesGroup",
)
