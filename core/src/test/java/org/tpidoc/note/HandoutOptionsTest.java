package org.tpidoc.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HandoutOptionsTest {

    @Test
    void defaultsToNineOneOneAndNoClinic() {
        HandoutOptions defaults = HandoutOptions.defaults();

        assertThat(defaults.emergencyNumber()).isEqualTo("911");
        assertThat(defaults.clinicName()).isNull();
        assertThat(defaults.clinicPhone()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"911", "112", "999", "000", "15", "119", "10111", "100000"})
    void acceptsAnEmergencyNumberOfTwoToSixDigits(String number) {
        assertThat(HandoutOptions.defaults().withEmergencyNumber(number).emergencyNumber())
                .isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "1000000", "9 1 1", "91a", "+112", "911\n", "١١٢"})
    void refusesAnEmergencyNumberThatIsNotTwoToSixDigits(String number) {
        HandoutOptions defaults = HandoutOptions.defaults();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> defaults.withEmergencyNumber(number))
                .withMessageContaining("the emergency number must be 2 to 6 digits (e.g. 911, 112, 999, 000)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"555-0100", "+1 555-0100", "(555) 010-0100", "+44 20 7946 0000", "030/1234567", "123"})
    void acceptsAClinicPhoneNumberOfDigitsAndSeparators(String phone) {
        assertThat(HandoutOptions.defaults().withClinicPhone(phone).clinicPhone())
                .isEqualTo(phone);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "12",
                "call us",
                "555-0100 ext. 4",
                "555-0100\n555-0101",
                "1234567890123456789012345678901"
            })
    void refusesAClinicPhoneNumberThatIsNotOne(String phone) {
        HandoutOptions defaults = HandoutOptions.defaults();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> defaults.withClinicPhone(phone))
                .withMessageContaining("the clinic phone number must be digits");
    }

    @Test
    void acceptsAClinicNameOfOneLineUpToAHundredCharacters() {
        String longest = "C".repeat(100);

        assertThat(HandoutOptions.defaults().withClinicName(longest).clinicName())
                .isEqualTo(longest);
        assertThat(HandoutOptions.defaults()
                        .withClinicName("Riverside Pain Clinic")
                        .clinicName())
                .isEqualTo("Riverside Pain Clinic");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "Riverside\nPain Clinic"})
    void refusesABlankOrMultiLineClinicName(String name) {
        HandoutOptions defaults = HandoutOptions.defaults();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> defaults.withClinicName(name))
                .withMessageContaining("the clinic name must be one line");
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withClinicName("C".repeat(101)));
    }

    @Test
    void keepsTheOtherOptionsWhenOneChanges() {
        HandoutOptions options = HandoutOptions.defaults()
                .withClinicName("Riverside Pain Clinic")
                .withClinicPhone("555-0100")
                .withEmergencyNumber("112");

        assertThat(options).isEqualTo(new HandoutOptions("112", "Riverside Pain Clinic", "555-0100"));
        assertThat(options.withClinicName(null).clinicPhone()).isEqualTo("555-0100");
    }
}
