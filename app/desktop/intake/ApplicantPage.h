#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace motcua::desktop {

class IntakeWizard;
struct IntakeDraft;

// Step 2: who files the dossier. The citizen ID is checked as it is typed, and what it encodes
// (province of birth registration, gender, birth year) is shown as a hint the officer can compare
// with the card in front of them.
class ApplicantPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ApplicantPage(IntakeWizard *wizard);

    void load(const IntakeDraft &draft);
    void store(IntakeDraft &draft) const;
    bool isComplete() const override;

private:
    void updateHint();

    IntakeWizard *m_wizard;
    QLineEdit *m_name;
    QLineEdit *m_citizenId;
    QLabel *m_hint;
    QLineEdit *m_phone;
    QLineEdit *m_address;
    QLineEdit *m_email;
    bool m_idValid = false;
};

} // namespace motcua::desktop
