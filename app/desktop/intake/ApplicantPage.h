#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace motcua::desktop {

class IntakeWizard;
struct IntakeDraft;

// Step 2: who files the dossier. The citizen ID is checked as it is typed, and what it encodes
// (province of birth registration, gender, birth year) is shown as a hint the officer can compare
// with the card in front of them; the phone and e-mail are checked as they are typed too.
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
    // What still keeps Next disabled, or a wrong phone / e-mail, said under the fields as typed.
    void updateProblem();

    IntakeWizard *m_wizard;
    QLineEdit *m_name;
    QLineEdit *m_citizenId;
    QLabel *m_hint;
    QLineEdit *m_phone;
    QLineEdit *m_address;
    QLineEdit *m_email;
    QLabel *m_problem;
    bool m_idValid = false;
    bool m_contactValid = true;
};

} // namespace motcua::desktop
