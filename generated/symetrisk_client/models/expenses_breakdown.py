from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpensesBreakdown")


@_attrs_define
class ExpensesBreakdown:
    """Sub-groups of `data.p_and_l_items.ledger_balances.expenses`, each with its own total and breakdown. Every key is
    optional; unknown keys are kept as they come (any JSON value).

    """

    raw_materials: RawMaterialsGroup | Unset = UNSET
    """ Sub-group `raw_materials` (data.p_and_l_items.ledger_balances.expenses.breakdown.raw_materials). """
    consumption_production_goods: ConsumptionProductionGoodsGroup | Unset = UNSET
    """ Sub-group `consumption_production_goods`
    (data.p_and_l_items.ledger_balances.expenses.breakdown.consumption_production_goods). """
    consumption_finished_goods: ConsumptionFinishedGoodsGroup | Unset = UNSET
    """ Sub-group `consumption_finished_goods`
    (data.p_and_l_items.ledger_balances.expenses.breakdown.consumption_finished_goods). """
    cost_of_goods_for_resale: CostOfGoodsForResaleGroup | Unset = UNSET
    """ Sub-group `cost_of_goods_for_resale`
    (data.p_and_l_items.ledger_balances.expenses.breakdown.cost_of_goods_for_resale). """
    subcontract: SubcontractGroup | Unset = UNSET
    """ Sub-group `subcontract` (data.p_and_l_items.ledger_balances.expenses.breakdown.subcontract). """
    other_accruals: OtherAccrualsGroup | Unset = UNSET
    """ Sub-group `other_accruals` (data.p_and_l_items.ledger_balances.expenses.breakdown.other_accruals). """
    wages: WagesGroup | Unset = UNSET
    """ Sub-group `wages` (data.p_and_l_items.ledger_balances.expenses.breakdown.wages). """
    benefits: BenefitsGroup | Unset = UNSET
    """ Sub-group `benefits` (data.p_and_l_items.ledger_balances.expenses.breakdown.benefits). """
    other_reportable_remuneration: OtherReportableRemunerationGroup | Unset = UNSET
    """ Sub-group `other_reportable_remuneration`
    (data.p_and_l_items.ledger_balances.expenses.breakdown.other_reportable_remuneration). """
    payroll_tax: PayrollTaxGroup | Unset = UNSET
    """ Sub-group `payroll_tax` (data.p_and_l_items.ledger_balances.expenses.breakdown.payroll_tax). """
    other_reimbursements: OtherReimbursementsGroup | Unset = UNSET
    """ Sub-group `other_reimbursements`
    (data.p_and_l_items.ledger_balances.expenses.breakdown.other_reimbursements). """
    compensation_to_owners: CompensationToOwnersGroup | Unset = UNSET
    """ Sub-group `compensation_to_owners`
    (data.p_and_l_items.ledger_balances.expenses.breakdown.compensation_to_owners). """
    labor_grant: LaborGrantGroup | Unset = UNSET
    """ Sub-group `labor_grant` (data.p_and_l_items.ledger_balances.expenses.breakdown.labor_grant). """
    labor_refund: LaborRefundGroup | Unset = UNSET
    """ Sub-group `labor_refund` (data.p_and_l_items.ledger_balances.expenses.breakdown.labor_refund). """
    other_personnel_cost: OtherPersonnelCostGroup | Unset = UNSET
    """ Sub-group `other_personnel_cost`
    (data.p_and_l_items.ledger_balances.expenses.breakdown.other_personnel_cost). """
    freight_and_transport: FreightAndTransportGroup | Unset = UNSET
    """ Sub-group `freight_and_transport`
    (data.p_and_l_items.ledger_balances.expenses.breakdown.freight_and_transport). """
    energy: EnergyGroup | Unset = UNSET
    """ Sub-group `energy` (data.p_and_l_items.ledger_balances.expenses.breakdown.energy). """
    rent: ExpensesRentGroup | Unset = UNSET
    """ Sub-group `rent` (data.p_and_l_items.ledger_balances.expenses.breakdown.rent). """
    equipment_rent: EquipmentRentGroup | Unset = UNSET
    """ Sub-group `equipment_rent` (data.p_and_l_items.ledger_balances.expenses.breakdown.equipment_rent). """
    small_tools: SmallToolsGroup | Unset = UNSET
    """ Sub-group `small_tools` (data.p_and_l_items.ledger_balances.expenses.breakdown.small_tools). """
    maintenance: MaintenanceGroup | Unset = UNSET
    """ Sub-group `maintenance` (data.p_and_l_items.ledger_balances.expenses.breakdown.maintenance). """
    services: ServicesGroup | Unset = UNSET
    """ Sub-group `services` (data.p_and_l_items.ledger_balances.expenses.breakdown.services). """
    office: OfficeGroup | Unset = UNSET
    """ Sub-group `office` (data.p_and_l_items.ledger_balances.expenses.breakdown.office). """
    telephone_and_postage: TelephoneAndPostageGroup | Unset = UNSET
    """ Sub-group `telephone_and_postage`
    (data.p_and_l_items.ledger_balances.expenses.breakdown.telephone_and_postage). """
    vehicles: VehiclesGroup | Unset = UNSET
    """ Sub-group `vehicles` (data.p_and_l_items.ledger_balances.expenses.breakdown.vehicles). """
    travel: TravelGroup | Unset = UNSET
    """ Sub-group `travel` (data.p_and_l_items.ledger_balances.expenses.breakdown.travel). """
    commission: ExpensesCommissionGroup | Unset = UNSET
    """ Sub-group `commission` (data.p_and_l_items.ledger_balances.expenses.breakdown.commission). """
    marketing: MarketingGroup | Unset = UNSET
    """ Sub-group `marketing` (data.p_and_l_items.ledger_balances.expenses.breakdown.marketing). """
    fees_gifts: FeesGiftsGroup | Unset = UNSET
    """ Sub-group `fees_gifts` (data.p_and_l_items.ledger_balances.expenses.breakdown.fees_gifts). """
    insurance: InsuranceGroup | Unset = UNSET
    """ Sub-group `insurance` (data.p_and_l_items.ledger_balances.expenses.breakdown.insurance). """
    licenses: LicensesGroup | Unset = UNSET
    """ Sub-group `licenses` (data.p_and_l_items.ledger_balances.expenses.breakdown.licenses). """
    other_expenses: OtherExpensesGroup | Unset = UNSET
    """ Sub-group `other_expenses` (data.p_and_l_items.ledger_balances.expenses.breakdown.other_expenses). """
    losses: LossesGroup | Unset = UNSET
    """ Sub-group `losses` (data.p_and_l_items.ledger_balances.expenses.breakdown.losses). """
    accruals: AccrualsGroup | Unset = UNSET
    """ Sub-group `accruals` (data.p_and_l_items.ledger_balances.expenses.breakdown.accruals). """
    other_uncategorized_expenses: OtherUncategorizedExpensesGroup | Unset = UNSET
    """ Sub-group `other_uncategorized_expenses`
    (data.p_and_l_items.ledger_balances.expenses.breakdown.other_uncategorized_expenses). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw_materials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.raw_materials, Unset):
            raw_materials = self.raw_materials.to_dict()

        consumption_production_goods: dict[str, Any] | Unset = UNSET
        if not isinstance(self.consumption_production_goods, Unset):
            consumption_production_goods = self.consumption_production_goods.to_dict()

        consumption_finished_goods: dict[str, Any] | Unset = UNSET
        if not isinstance(self.consumption_finished_goods, Unset):
            consumption_finished_goods = self.consumption_finished_goods.to_dict()

        cost_of_goods_for_resale: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_of_goods_for_resale, Unset):
            cost_of_goods_for_resale = self.cost_of_goods_for_resale.to_dict()

        subcontract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subcontract, Unset):
            subcontract = self.subcontract.to_dict()

        other_accruals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.other_accruals, Unset):
            other_accruals = self.other_accruals.to_dict()

        wages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wages, Unset):
            wages = self.wages.to_dict()

        benefits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.benefits, Unset):
            benefits = self.benefits.to_dict()

        other_reportable_remuneration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.other_reportable_remuneration, Unset):
            other_reportable_remuneration = self.other_reportable_remuneration.to_dict()

        payroll_tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payroll_tax, Unset):
            payroll_tax = self.payroll_tax.to_dict()

        other_reimbursements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.other_reimbursements, Unset):
            other_reimbursements = self.other_reimbursements.to_dict()

        compensation_to_owners: dict[str, Any] | Unset = UNSET
        if not isinstance(self.compensation_to_owners, Unset):
            compensation_to_owners = self.compensation_to_owners.to_dict()

        labor_grant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labor_grant, Unset):
            labor_grant = self.labor_grant.to_dict()

        labor_refund: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labor_refund, Unset):
            labor_refund = self.labor_refund.to_dict()

        other_personnel_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.other_personnel_cost, Unset):
            other_personnel_cost = self.other_personnel_cost.to_dict()

        freight_and_transport: dict[str, Any] | Unset = UNSET
        if not isinstance(self.freight_and_transport, Unset):
            freight_and_transport = self.freight_and_transport.to_dict()

        energy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.energy, Unset):
            energy = self.energy.to_dict()

        rent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rent, Unset):
            rent = self.rent.to_dict()

        equipment_rent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.equipment_rent, Unset):
            equipment_rent = self.equipment_rent.to_dict()

        small_tools: dict[str, Any] | Unset = UNSET
        if not isinstance(self.small_tools, Unset):
            small_tools = self.small_tools.to_dict()

        maintenance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.maintenance, Unset):
            maintenance = self.maintenance.to_dict()

        services: dict[str, Any] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services.to_dict()

        office: dict[str, Any] | Unset = UNSET
        if not isinstance(self.office, Unset):
            office = self.office.to_dict()

        telephone_and_postage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.telephone_and_postage, Unset):
            telephone_and_postage = self.telephone_and_postage.to_dict()

        vehicles: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vehicles, Unset):
            vehicles = self.vehicles.to_dict()

        travel: dict[str, Any] | Unset = UNSET
        if not isinstance(self.travel, Unset):
            travel = self.travel.to_dict()

        commission: dict[str, Any] | Unset = UNSET
        if not isinstance(self.commission, Unset):
            commission = self.commission.to_dict()

        marketing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.marketing, Unset):
            marketing = self.marketing.to_dict()

        fees_gifts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fees_gifts, Unset):
            fees_gifts = self.fees_gifts.to_dict()

        insurance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.insurance, Unset):
            insurance = self.insurance.to_dict()

        licenses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.licenses, Unset):
            licenses = self.licenses.to_dict()

        other_expenses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.other_expenses, Unset):
            other_expenses = self.other_expenses.to_dict()

        losses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.losses, Unset):
            losses = self.losses.to_dict()

        accruals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accruals, Unset):
            accruals = self.accruals.to_dict()

        other_uncategorized_expenses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.other_uncategorized_expenses, Unset):
            other_uncategorized_expenses = self.other_uncategorized_expenses.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if raw_materials is not UNSET:
            field_dict["raw_materials"] = raw_materials
        if consumption_production_goods is not UNSET:
            field_dict["consumption_production_goods"] = consumption_production_goods
        if consumption_finished_goods is not UNSET:
            field_dict["consumption_finished_goods"] = consumption_finished_goods
        if cost_of_goods_for_resale is not UNSET:
            field_dict["cost_of_goods_for_resale"] = cost_of_goods_for_resale
        if subcontract is not UNSET:
            field_dict["subcontract"] = subcontract
        if other_accruals is not UNSET:
            field_dict["other_accruals"] = other_accruals
        if wages is not UNSET:
            field_dict["wages"] = wages
        if benefits is not UNSET:
            field_dict["benefits"] = benefits
        if other_reportable_remuneration is not UNSET:
            field_dict["other_reportable_remuneration"] = other_reportable_remuneration
        if payroll_tax is not UNSET:
            field_dict["payroll_tax"] = payroll_tax
        if other_reimbursements is not UNSET:
            field_dict["other_reimbursements"] = other_reimbursements
        if compensation_to_owners is not UNSET:
            field_dict["compensation_to_owners"] = compensation_to_owners
        if labor_grant is not UNSET:
            field_dict["labor_grant"] = labor_grant
        if labor_refund is not UNSET:
            field_dict["labor_refund"] = labor_refund
        if other_personnel_cost is not UNSET:
            field_dict["other_personnel_cost"] = other_personnel_cost
        if freight_and_transport is not UNSET:
            field_dict["freight_and_transport"] = freight_and_transport
        if energy is not UNSET:
            field_dict["energy"] = energy
        if rent is not UNSET:
            field_dict["rent"] = rent
        if equipment_rent is not UNSET:
            field_dict["equipment_rent"] = equipment_rent
        if small_tools is not UNSET:
            field_dict["small_tools"] = small_tools
        if maintenance is not UNSET:
            field_dict["maintenance"] = maintenance
        if services is not UNSET:
            field_dict["services"] = services
        if office is not UNSET:
            field_dict["office"] = office
        if telephone_and_postage is not UNSET:
            field_dict["telephone_and_postage"] = telephone_and_postage
        if vehicles is not UNSET:
            field_dict["vehicles"] = vehicles
        if travel is not UNSET:
            field_dict["travel"] = travel
        if commission is not UNSET:
            field_dict["commission"] = commission
        if marketing is not UNSET:
            field_dict["marketing"] = marketing
        if fees_gifts is not UNSET:
            field_dict["fees_gifts"] = fees_gifts
        if insurance is not UNSET:
            field_dict["insurance"] = insurance
        if licenses is not UNSET:
            field_dict["licenses"] = licenses
        if other_expenses is not UNSET:
            field_dict["other_expenses"] = other_expenses
        if losses is not UNSET:
            field_dict["losses"] = losses
        if accruals is not UNSET:
            field_dict["accruals"] = accruals
        if other_uncategorized_expenses is not UNSET:
            field_dict["other_uncategorized_expenses"] = other_uncategorized_expenses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _raw_materials = d.pop("raw_materials", UNSET)
        raw_materials: RawMaterialsGroup | Unset
        if isinstance(_raw_materials, Unset):
            raw_materials = UNSET
        else:
            raw_materials = RawMaterialsGroup.from_dict(_raw_materials)

        _consumption_production_goods = d.pop("consumption_production_goods", UNSET)
        consumption_production_goods: ConsumptionProductionGoodsGroup | Unset
        if isinstance(_consumption_production_goods, Unset):
            consumption_production_goods = UNSET
        else:
            consumption_production_goods = ConsumptionProductionGoodsGroup.from_dict(
                _consumption_production_goods
            )

        _consumption_finished_goods = d.pop("consumption_finished_goods", UNSET)
        consumption_finished_goods: ConsumptionFinishedGoodsGroup | Unset
        if isinstance(_consumption_finished_goods, Unset):
            consumption_finished_goods = UNSET
        else:
            consumption_finished_goods = ConsumptionFinishedGoodsGroup.from_dict(
                _consumption_finished_goods
            )

        _cost_of_goods_for_resale = d.pop("cost_of_goods_for_resale", UNSET)
        cost_of_goods_for_resale: CostOfGoodsForResaleGroup | Unset
        if isinstance(_cost_of_goods_for_resale, Unset):
            cost_of_goods_for_resale = UNSET
        else:
            cost_of_goods_for_resale = CostOfGoodsForResaleGroup.from_dict(
                _cost_of_goods_for_resale
            )

        _subcontract = d.pop("subcontract", UNSET)
        subcontract: SubcontractGroup | Unset
        if isinstance(_subcontract, Unset):
            subcontract = UNSET
        else:
            subcontract = SubcontractGroup.from_dict(_subcontract)

        _other_accruals = d.pop("other_accruals", UNSET)
        other_accruals: OtherAccrualsGroup | Unset
        if isinstance(_other_accruals, Unset):
            other_accruals = UNSET
        else:
            other_accruals = OtherAccrualsGroup.from_dict(_other_accruals)

        _wages = d.pop("wages", UNSET)
        wages: WagesGroup | Unset
        if isinstance(_wages, Unset):
            wages = UNSET
        else:
            wages = WagesGroup.from_dict(_wages)

        _benefits = d.pop("benefits", UNSET)
        benefits: BenefitsGroup | Unset
        if isinstance(_benefits, Unset):
            benefits = UNSET
        else:
            benefits = BenefitsGroup.from_dict(_benefits)

        _other_reportable_remuneration = d.pop("other_reportable_remuneration", UNSET)
        other_reportable_remuneration: OtherReportableRemunerationGroup | Unset
        if isinstance(_other_reportable_remuneration, Unset):
            other_reportable_remuneration = UNSET
        else:
            other_reportable_remuneration = OtherReportableRemunerationGroup.from_dict(
                _other_reportable_remuneration
            )

        _payroll_tax = d.pop("payroll_tax", UNSET)
        payroll_tax: PayrollTaxGroup | Unset
        if isinstance(_payroll_tax, Unset):
            payroll_tax = UNSET
        else:
            payroll_tax = PayrollTaxGroup.from_dict(_payroll_tax)

        _other_reimbursements = d.pop("other_reimbursements", UNSET)
        other_reimbursements: OtherReimbursementsGroup | Unset
        if isinstance(_other_reimbursements, Unset):
            other_reimbursements = UNSET
        else:
            other_reimbursements = OtherReimbursementsGroup.from_dict(
                _other_reimbursements
            )

        _compensation_to_owners = d.pop("compensation_to_owners", UNSET)
        compensation_to_owners: CompensationToOwnersGroup | Unset
        if isinstance(_compensation_to_owners, Unset):
            compensation_to_owners = UNSET
        else:
            compensation_to_owners = CompensationToOwnersGroup.from_dict(
                _compensation_to_owners
            )

        _labor_grant = d.pop("labor_grant", UNSET)
        labor_grant: LaborGrantGroup | Unset
        if isinstance(_labor_grant, Unset):
            labor_grant = UNSET
        else:
            labor_grant = LaborGrantGroup.from_dict(_labor_grant)

        _labor_refund = d.pop("labor_refund", UNSET)
        labor_refund: LaborRefundGroup | Unset
        if isinstance(_labor_refund, Unset):
            labor_refund = UNSET
        else:
            labor_refund = LaborRefundGroup.from_dict(_labor_refund)

        _other_personnel_cost = d.pop("other_personnel_cost", UNSET)
        other_personnel_cost: OtherPersonnelCostGroup | Unset
        if isinstance(_other_personnel_cost, Unset):
            other_personnel_cost = UNSET
        else:
            other_personnel_cost = OtherPersonnelCostGroup.from_dict(
                _other_personnel_cost
            )

        _freight_and_transport = d.pop("freight_and_transport", UNSET)
        freight_and_transport: FreightAndTransportGroup | Unset
        if isinstance(_freight_and_transport, Unset):
            freight_and_transport = UNSET
        else:
            freight_and_transport = FreightAndTransportGroup.from_dict(
                _freight_and_transport
            )

        _energy = d.pop("energy", UNSET)
        energy: EnergyGroup | Unset
        if isinstance(_energy, Unset):
            energy = UNSET
        else:
            energy = EnergyGroup.from_dict(_energy)

        _rent = d.pop("rent", UNSET)
        rent: ExpensesRentGroup | Unset
        if isinstance(_rent, Unset):
            rent = UNSET
        else:
            rent = ExpensesRentGroup.from_dict(_rent)

        _equipment_rent = d.pop("equipment_rent", UNSET)
        equipment_rent: EquipmentRentGroup | Unset
        if isinstance(_equipment_rent, Unset):
            equipment_rent = UNSET
        else:
            equipment_rent = EquipmentRentGroup.from_dict(_equipment_rent)

        _small_tools = d.pop("small_tools", UNSET)
        small_tools: SmallToolsGroup | Unset
        if isinstance(_small_tools, Unset):
            small_tools = UNSET
        else:
            small_tools = SmallToolsGroup.from_dict(_small_tools)

        _maintenance = d.pop("maintenance", UNSET)
        maintenance: MaintenanceGroup | Unset
        if isinstance(_maintenance, Unset):
            maintenance = UNSET
        else:
            maintenance = MaintenanceGroup.from_dict(_maintenance)

        _services = d.pop("services", UNSET)
        services: ServicesGroup | Unset
        if isinstance(_services, Unset):
            services = UNSET
        else:
            services = ServicesGroup.from_dict(_services)

        _office = d.pop("office", UNSET)
        office: OfficeGroup | Unset
        if isinstance(_office, Unset):
            office = UNSET
        else:
            office = OfficeGroup.from_dict(_office)

        _telephone_and_postage = d.pop("telephone_and_postage", UNSET)
        telephone_and_postage: TelephoneAndPostageGroup | Unset
        if isinstance(_telephone_and_postage, Unset):
            telephone_and_postage = UNSET
        else:
            telephone_and_postage = TelephoneAndPostageGroup.from_dict(
                _telephone_and_postage
            )

        _vehicles = d.pop("vehicles", UNSET)
        vehicles: VehiclesGroup | Unset
        if isinstance(_vehicles, Unset):
            vehicles = UNSET
        else:
            vehicles = VehiclesGroup.from_dict(_vehicles)

        _travel = d.pop("travel", UNSET)
        travel: TravelGroup | Unset
        if isinstance(_travel, Unset):
            travel = UNSET
        else:
            travel = TravelGroup.from_dict(_travel)

        _commission = d.pop("commission", UNSET)
        commission: ExpensesCommissionGroup | Unset
        if isinstance(_commission, Unset):
            commission = UNSET
        else:
            commission = ExpensesCommissionGroup.from_dict(_commission)

        _marketing = d.pop("marketing", UNSET)
        marketing: MarketingGroup | Unset
        if isinstance(_marketing, Unset):
            marketing = UNSET
        else:
            marketing = MarketingGroup.from_dict(_marketing)

        _fees_gifts = d.pop("fees_gifts", UNSET)
        fees_gifts: FeesGiftsGroup | Unset
        if isinstance(_fees_gifts, Unset):
            fees_gifts = UNSET
        else:
            fees_gifts = FeesGiftsGroup.from_dict(_fees_gifts)

        _insurance = d.pop("insurance", UNSET)
        insurance: InsuranceGroup | Unset
        if isinstance(_insurance, Unset):
            insurance = UNSET
        else:
            insurance = InsuranceGroup.from_dict(_insurance)

        _licenses = d.pop("licenses", UNSET)
        licenses: LicensesGroup | Unset
        if isinstance(_licenses, Unset):
            licenses = UNSET
        else:
            licenses = LicensesGroup.from_dict(_licenses)

        _other_expenses = d.pop("other_expenses", UNSET)
        other_expenses: OtherExpensesGroup | Unset
        if isinstance(_other_expenses, Unset):
            other_expenses = UNSET
        else:
            other_expenses = OtherExpensesGroup.from_dict(_other_expenses)

        _losses = d.pop("losses", UNSET)
        losses: LossesGroup | Unset
        if isinstance(_losses, Unset):
            losses = UNSET
        else:
            losses = LossesGroup.from_dict(_losses)

        _accruals = d.pop("accruals", UNSET)
        accruals: AccrualsGroup | Unset
        if isinstance(_accruals, Unset):
            accruals = UNSET
        else:
            accruals = AccrualsGroup.from_dict(_accruals)

        _other_uncategorized_expenses = d.pop("other_uncategorized_expenses", UNSET)
        other_uncategorized_expenses: OtherUncategorizedExpensesGroup | Unset
        if isinstance(_other_uncategorized_expenses, Unset):
            other_uncategorized_expenses = UNSET
        else:
            other_uncategorized_expenses = OtherUncategorizedExpensesGroup.from_dict(
                _other_uncategorized_expenses
            )

        self = cls.__new__(cls)
        self.raw_materials = raw_materials
        self.consumption_production_goods = consumption_production_goods
        self.consumption_finished_goods = consumption_finished_goods
        self.cost_of_goods_for_resale = cost_of_goods_for_resale
        self.subcontract = subcontract
        self.other_accruals = other_accruals
        self.wages = wages
        self.benefits = benefits
        self.other_reportable_remuneration = other_reportable_remuneration
        self.payroll_tax = payroll_tax
        self.other_reimbursements = other_reimbursements
        self.compensation_to_owners = compensation_to_owners
        self.labor_grant = labor_grant
        self.labor_refund = labor_refund
        self.other_personnel_cost = other_personnel_cost
        self.freight_and_transport = freight_and_transport
        self.energy = energy
        self.rent = rent
        self.equipment_rent = equipment_rent
        self.small_tools = small_tools
        self.maintenance = maintenance
        self.services = services
        self.office = office
        self.telephone_and_postage = telephone_and_postage
        self.vehicles = vehicles
        self.travel = travel
        self.commission = commission
        self.marketing = marketing
        self.fees_gifts = fees_gifts
        self.insurance = insurance
        self.licenses = licenses
        self.other_expenses = other_expenses
        self.losses = losses
        self.accruals = accruals
        self.other_uncategorized_expenses = other_uncategorized_expenses

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
from ..models.accruals_group import AccrualsGroup
from ..models.benefits_group import BenefitsGroup
from ..models.compensation_to_owners_group import CompensationToOwnersGroup
from ..models.consumption_finished_goods_group import ConsumptionFinishedGoodsGroup
from ..models.consumption_production_goods_group import ConsumptionProductionGoodsGroup
from ..models.cost_of_goods_for_resale_group import CostOfGoodsForResaleGroup
from ..models.energy_group import EnergyGroup
from ..models.equipment_rent_group import EquipmentRentGroup
from ..models.expenses_commission_group import ExpensesCommissionGroup
from ..models.expenses_rent_group import ExpensesRentGroup
from ..models.fees_gifts_group import FeesGiftsGroup
from ..models.freight_and_transport_group import FreightAndTransportGroup
from ..models.insurance_group import InsuranceGroup
from ..models.labor_grant_group import LaborGrantGroup
from ..models.labor_refund_group import LaborRefundGroup
from ..models.licenses_group import LicensesGroup
from ..models.losses_group import LossesGroup
from ..models.maintenance_group import MaintenanceGroup
from ..models.marketing_group import MarketingGroup
from ..models.office_group import OfficeGroup
from ..models.other_accruals_group import OtherAccrualsGroup
from ..models.other_expenses_group import OtherExpensesGroup
from ..models.other_personnel_cost_group import OtherPersonnelCostGroup
from ..models.other_reimbursements_group import OtherReimbursementsGroup
from ..models.other_reportable_remuneration_group import (
    OtherReportableRemunerationGroup,
)
from ..models.other_uncategorized_expenses_group import OtherUncategorizedExpensesGroup
from ..models.payroll_tax_group import PayrollTaxGroup
from ..models.raw_materials_group import RawMaterialsGroup
from ..models.services_group import ServicesGroup
from ..models.small_tools_group import SmallToolsGroup
from ..models.subcontract_group import SubcontractGroup
from ..models.telephone_and_postage_group import TelephoneAndPostageGroup
from ..models.travel_group import TravelGroup
from ..models.vehicles_group import VehiclesGroup
from ..models.wages_group import WagesGroup
