"""Contains all the data models used in inputs/outputs"""

from .access_request_result import AccessRequestResult
from .accounting_data import AccountingData
from .accounting_data_item import AccountingDataItem
from .accounting_data_page import AccountingDataPage
from .accounts_payable_breakdown import AccountsPayableBreakdown
from .accounts_payable_group import AccountsPayableGroup
from .accounts_receivables_breakdown import AccountsReceivablesBreakdown
from .accounts_receivables_group import AccountsReceivablesGroup
from .accruals_breakdown import AccrualsBreakdown
from .accruals_group import AccrualsGroup
from .amortization_breakdown import AmortizationBreakdown
from .amortization_group import AmortizationGroup
from .api_client_info import ApiClientInfo
from .asset_gain_breakdown import AssetGainBreakdown
from .asset_gain_group import AssetGainGroup
from .balance_derived import BalanceDerived
from .balance_items import BalanceItems
from .balance_ledger_balances import BalanceLedgerBalances
from .bank_company import BankCompany
from .bank_self import BankSelf
from .benefits_breakdown import BenefitsBreakdown
from .benefits_group import BenefitsGroup
from .borrower import Borrower
from .borrower_access_request import BorrowerAccessRequest
from .cash_breakdown import CashBreakdown
from .cash_group import CashGroup
from .company_summary import CompanySummary
from .compensation_to_owners_breakdown import CompensationToOwnersBreakdown
from .compensation_to_owners_group import CompensationToOwnersGroup
from .consumption_finished_goods_breakdown import ConsumptionFinishedGoodsBreakdown
from .consumption_finished_goods_group import ConsumptionFinishedGoodsGroup
from .consumption_production_goods_breakdown import ConsumptionProductionGoodsBreakdown
from .consumption_production_goods_group import ConsumptionProductionGoodsGroup
from .cost_of_goods_for_resale_breakdown import CostOfGoodsForResaleBreakdown
from .cost_of_goods_for_resale_group import CostOfGoodsForResaleGroup
from .credit_score import CreditScore
from .credit_score_component import CreditScoreComponent
from .credit_scoring_self import CreditScoringSelf
from .debtor import Debtor
from .debtor_access_request import DebtorAccessRequest
from .debtor_page import DebtorPage
from .deductions_breakdown import DeductionsBreakdown
from .deductions_group import DeductionsGroup
from .deferred_breakdown import DeferredBreakdown
from .deferred_group import DeferredGroup
from .depreciation_and_amortization_breakdown import (
    DepreciationAndAmortizationBreakdown,
)
from .depreciation_and_amortization_group import DepreciationAndAmortizationGroup
from .depreciation_breakdown import DepreciationBreakdown
from .depreciation_group import DepreciationGroup
from .dividend_breakdown import DividendBreakdown
from .dividend_group import DividendGroup
from .energy_breakdown import EnergyBreakdown
from .energy_group import EnergyGroup
from .equipment_breakdown import EquipmentBreakdown
from .equipment_group import EquipmentGroup
from .equipment_rent_breakdown import EquipmentRentBreakdown
from .equipment_rent_group import EquipmentRentGroup
from .equity_breakdown import EquityBreakdown
from .equity_group import EquityGroup
from .equity_sub_group import EquitySubGroup
from .equity_sub_group_breakdown import EquitySubGroupBreakdown
from .error import Error
from .expenses_breakdown import ExpensesBreakdown
from .expenses_commission_breakdown import ExpensesCommissionBreakdown
from .expenses_commission_group import ExpensesCommissionGroup
from .expenses_group import ExpensesGroup
from .expenses_rent_breakdown import ExpensesRentBreakdown
from .expenses_rent_group import ExpensesRentGroup
from .extra_tax_breakdown import ExtraTaxBreakdown
from .extra_tax_group import ExtraTaxGroup
from .fees_gifts_breakdown import FeesGiftsBreakdown
from .fees_gifts_group import FeesGiftsGroup
from .financial_fixed_assets_breakdown import FinancialFixedAssetsBreakdown
from .financial_fixed_assets_group import FinancialFixedAssetsGroup
from .freight_and_transport_breakdown import FreightAndTransportBreakdown
from .freight_and_transport_group import FreightAndTransportGroup
from .government_grants_breakdown import GovernmentGrantsBreakdown
from .government_grants_group import GovernmentGrantsGroup
from .grant_type import GrantType
from .initialize_company_request import InitializeCompanyRequest
from .insurance_breakdown import InsuranceBreakdown
from .insurance_group import InsuranceGroup
from .intangibles_breakdown import IntangiblesBreakdown
from .intangibles_group import IntangiblesGroup
from .interest_bearing_debt_breakdown import InterestBearingDebtBreakdown
from .interest_bearing_debt_group import InterestBearingDebtGroup
from .interest_expenses_breakdown import InterestExpensesBreakdown
from .interest_expenses_group import InterestExpensesGroup
from .interest_income_breakdown import InterestIncomeBreakdown
from .interest_income_group import InterestIncomeGroup
from .inventory_breakdown import InventoryBreakdown
from .inventory_group import InventoryGroup
from .invoices_breakdown import InvoicesBreakdown
from .known_accounting_system import KnownAccountingSystem
from .known_notification_type import KnownNotificationType
from .known_origin import KnownOrigin
from .known_relationship_state import KnownRelationshipState
from .known_signup_state import KnownSignupState
from .labor_grant_breakdown import LaborGrantBreakdown
from .labor_grant_group import LaborGrantGroup
from .labor_refund_breakdown import LaborRefundBreakdown
from .labor_refund_group import LaborRefundGroup
from .liabilities_breakdown import LiabilitiesBreakdown
from .liabilities_group import LiabilitiesGroup
from .licenses_breakdown import LicensesBreakdown
from .licenses_group import LicensesGroup
from .losses_breakdown import LossesBreakdown
from .losses_group import LossesGroup
from .maintenance_breakdown import MaintenanceBreakdown
from .maintenance_group import MaintenanceGroup
from .marketing_breakdown import MarketingBreakdown
from .marketing_group import MarketingGroup
from .notification import Notification
from .notification_page import NotificationPage
from .o_auth_error import OAuthError
from .office_breakdown import OfficeBreakdown
from .office_group import OfficeGroup
from .organization_reference import OrganizationReference
from .other_accruals_breakdown import OtherAccrualsBreakdown
from .other_accruals_group import OtherAccrualsGroup
from .other_expenses_breakdown import OtherExpensesBreakdown
from .other_expenses_group import OtherExpensesGroup
from .other_financial_expenses_breakdown import OtherFinancialExpensesBreakdown
from .other_financial_expenses_group import OtherFinancialExpensesGroup
from .other_financial_expenses_sub_group import OtherFinancialExpensesSubGroup
from .other_financial_expenses_sub_group_breakdown import (
    OtherFinancialExpensesSubGroupBreakdown,
)
from .other_financial_income_breakdown import OtherFinancialIncomeBreakdown
from .other_financial_income_group import OtherFinancialIncomeGroup
from .other_financial_income_sub_group import OtherFinancialIncomeSubGroup
from .other_financial_income_sub_group_breakdown import (
    OtherFinancialIncomeSubGroupBreakdown,
)
from .other_ledger_balances import OtherLedgerBalances
from .other_ledger_balances_ledger_balances import OtherLedgerBalancesLedgerBalances
from .other_long_term_debt_breakdown import OtherLongTermDebtBreakdown
from .other_long_term_debt_group import OtherLongTermDebtGroup
from .other_operating_income_breakdown import OtherOperatingIncomeBreakdown
from .other_operating_income_group import OtherOperatingIncomeGroup
from .other_personnel_cost_breakdown import OtherPersonnelCostBreakdown
from .other_personnel_cost_group import OtherPersonnelCostGroup
from .other_reimbursements_breakdown import OtherReimbursementsBreakdown
from .other_reimbursements_group import OtherReimbursementsGroup
from .other_reportable_remuneration_breakdown import (
    OtherReportableRemunerationBreakdown,
)
from .other_reportable_remuneration_group import OtherReportableRemunerationGroup
from .other_short_term_debt_breakdown import OtherShortTermDebtBreakdown
from .other_short_term_debt_group import OtherShortTermDebtGroup
from .other_uncategorized_depreciation_and_amortization_breakdown import (
    OtherUncategorizedDepreciationAndAmortizationBreakdown,
)
from .other_uncategorized_depreciation_and_amortization_group import (
    OtherUncategorizedDepreciationAndAmortizationGroup,
)
from .other_uncategorized_expenses_breakdown import OtherUncategorizedExpensesBreakdown
from .other_uncategorized_expenses_group import OtherUncategorizedExpensesGroup
from .other_uncategorized_financial_income_breakdown import (
    OtherUncategorizedFinancialIncomeBreakdown,
)
from .other_uncategorized_financial_income_group import (
    OtherUncategorizedFinancialIncomeGroup,
)
from .other_uncategorized_other_financial_expenses_breakdown import (
    OtherUncategorizedOtherFinancialExpensesBreakdown,
)
from .other_uncategorized_other_financial_expenses_group import (
    OtherUncategorizedOtherFinancialExpensesGroup,
)
from .pagination_metadata import PaginationMetadata
from .partner import Partner
from .payroll_tax_breakdown import PayrollTaxBreakdown
from .payroll_tax_group import PayrollTaxGroup
from .ping_response import PingResponse
from .prepaids_breakdown import PrepaidsBreakdown
from .prepaids_group import PrepaidsGroup
from .profit_and_loss_derived import ProfitAndLossDerived
from .profit_and_loss_items import ProfitAndLossItems
from .profit_and_loss_ledger_balances import ProfitAndLossLedgerBalances
from .property_breakdown import PropertyBreakdown
from .property_group import PropertyGroup
from .provision_for_liabilities_breakdown import ProvisionForLiabilitiesBreakdown
from .provision_for_liabilities_group import ProvisionForLiabilitiesGroup
from .public_fees_owed_breakdown import PublicFeesOwedBreakdown
from .public_fees_owed_group import PublicFeesOwedGroup
from .raw_materials_breakdown import RawMaterialsBreakdown
from .raw_materials_group import RawMaterialsGroup
from .relationship import Relationship
from .relationship_page import RelationshipPage
from .revenues_breakdown import RevenuesBreakdown
from .revenues_commission_breakdown import RevenuesCommissionBreakdown
from .revenues_commission_group import RevenuesCommissionGroup
from .revenues_group import RevenuesGroup
from .revenues_rent_breakdown import RevenuesRentBreakdown
from .revenues_rent_group import RevenuesRentGroup
from .sales_non_vat_breakdown import SalesNonVatBreakdown
from .sales_non_vat_group import SalesNonVatGroup
from .sales_tax_breakdown import SalesTaxBreakdown
from .sales_tax_group import SalesTaxGroup
from .sales_vat_breakdown import SalesVatBreakdown
from .sales_vat_exempt_breakdown import SalesVatExemptBreakdown
from .sales_vat_exempt_group import SalesVatExemptGroup
from .sales_vat_group import SalesVatGroup
from .services_breakdown import ServicesBreakdown
from .services_group import ServicesGroup
from .short_term_convertible_debt_breakdown import ShortTermConvertibleDebtBreakdown
from .short_term_convertible_debt_group import ShortTermConvertibleDebtGroup
from .short_term_investments_breakdown import ShortTermInvestmentsBreakdown
from .short_term_investments_group import ShortTermInvestmentsGroup
from .short_term_receivables_breakdown import ShortTermReceivablesBreakdown
from .short_term_receivables_group import ShortTermReceivablesGroup
from .signup_link import SignupLink
from .small_tools_breakdown import SmallToolsBreakdown
from .small_tools_group import SmallToolsGroup
from .subcontract_breakdown import SubcontractBreakdown
from .subcontract_group import SubcontractGroup
from .supplier_receivables_breakdown import SupplierReceivablesBreakdown
from .supplier_receivables_group import SupplierReceivablesGroup
from .tax_breakdown import TaxBreakdown
from .tax_group import TaxGroup
from .tax_payable_breakdown import TaxPayableBreakdown
from .tax_payable_group import TaxPayableGroup
from .taxes_breakdown import TaxesBreakdown
from .taxes_group import TaxesGroup
from .telephone_and_postage_breakdown import TelephoneAndPostageBreakdown
from .telephone_and_postage_group import TelephoneAndPostageGroup
from .token_request import TokenRequest
from .token_response import TokenResponse
from .total_assets_breakdown import TotalAssetsBreakdown
from .total_assets_group import TotalAssetsGroup
from .transfers_and_dispositions_breakdown import TransfersAndDispositionsBreakdown
from .transfers_and_dispositions_group import TransfersAndDispositionsGroup
from .transfers_breakdown import TransfersBreakdown
from .transfers_group import TransfersGroup
from .travel_breakdown import TravelBreakdown
from .travel_group import TravelGroup
from .vat_grants_breakdown import VatGrantsBreakdown
from .vat_grants_group import VatGrantsGroup
from .vehicles_breakdown import VehiclesBreakdown
from .vehicles_group import VehiclesGroup
from .wages_breakdown import WagesBreakdown
from .wages_group import WagesGroup

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
