"""The fields OOAPI defines for each kind of item, v5 and v6 (v6.0 and the current draft) together,
taken from the specification's schemas; a field outside these is named as unknown in the report."""

from __future__ import annotations


def _fields(text: str) -> frozenset[str]:
    return frozenset(text.split())


COURSE = _fields("""
abbreviation addresses admissionRequirements assessment consumer consumers coordinatorIds coordinators courseId
description duration educationSpecification enrollment enrolment ext fieldsOfStudy firstPossibleOfferingStartDateTime
firstStartDate instructorIds instructors lastPossibleOfferingEndDateTime lastPossibleOfferingStartDateTime
learningOutcomeIds learningOutcomes level link modeOfDelivery modesOfDelivery name organisation organisationId
organization otherCodes primaryCode programmeIds programmes programs qualificationRequirements resources studyLoad
supplementaryInformation teachingLanguage teachingLanguages validFrom validTo ects
""")
PROGRAMME = _fields("""
abbreviation addresses admissionRequirements assessment childIds children consumer consumers coordinatorIds
coordinators description duration educationSpecification enrollment enrolment ext fieldsOfStudy
firstPossibleOfferingStartDateTime firstStartDate firstStartDateTime formalDocument instructorIds instructors
lastPossibleOfferingEndDateTime lastPossibleOfferingStartDateTime learningOutcomeIds learningOutcomes level
levelOfQualification link modeOfDelivery modeOfStudy modesOfDelivery name organisation organisationId organization
otherCodes parent parentId primaryCode programId programType programmeId programmeType qualificationAwarded
qualificationDesignations qualificationRequirements resources sector studyLoad supplementaryInformation
teachingLanguage teachingLanguages validFrom validTo courses ects
""")
COMPONENT = _fields("""
abbreviation addresses assessment childIds children componentId componentType consumer consumers course courseId
description duration enrollment enrolment ext firstPossibleOfferingStartDateTime lastPossibleOfferingEndDateTime
lastPossibleOfferingStartDateTime learningOutcomeIds learningOutcomes modeOfDelivery modesOfDelivery name
organisation organisationId organization otherCodes parent parentId primaryCode resources teachingLanguage
teachingLanguages
""")
OFFERING = _fields("""
abbreviation academicSession academicSessionId addresses component componentId consumer consumers course courseId courseOffering
courseOfferingId courseOfferingIds courseOfferings description endDate endDateTime enrollEndDate enrollStartDate
enrolledNumberStudents enrolmentPeriods ext flexibleEntryPeriodEnd flexibleEntryPeriodEndDateTime
flexibleEntryPeriodStart flexibleEntryPeriodStartDateTime groupIds learningComponent learningComponentId
learningComponentOfferingId testComponentOfferingId documents link maxNumberStudents minNumberStudents modeOfDelivery modesOfDelivery name offeringId
offeringType organisation organisationId organization otherCodes pendingNumberStudents priceInformation primaryCode
program programOffering programme programmeId programmeOfferingId programmeOfferingIds programmeOfferings
resultExpected resultValueType resultWeight room roomIds rooms rosteringState startDate startDateTime state
supplementaryInformation teachingLanguage teachingLanguages
""")
OUTCOME = _fields("""
abbreviation childIds children complexityLevel consumer consumers description ext fieldsOfStudy learningOutcomeId name
otherCodes parentIds parents primaryCode validFrom validTo
""")
SESSION = _fields("""
abbreviation academicSessionId academicSessionType childIds children consumer consumers endDate endDateTime ext name
otherCodes parent parentId primaryCode startDate startDateTime year yearId
""")
ORGANISATION = _fields("""
addresses childIds children consumer consumers description ext link logo name organisationId organisationType
organizationId organizationType otherCodes parent parentId primaryCode root rootId shortName
""")
KNOWN = {"course": COURSE, "programme": PROGRAMME, "component": COMPONENT, "offering": OFFERING, "outcome": OUTCOME,
         "session": SESSION, "organisation": ORGANISATION}
