package nl.vptscan.benchmark;

import nl.vptscan.questionnaire.Text;

/** Why a group's figures are withheld: it has fewer organisations than the minimum, or there is no group. */
final class Privacy {

    private Privacy() {
    }

    static boolean allows(long organisations, int minimum) {
        return organisations >= minimum;
    }

    static Text tooFew(long organisations, int minimum) {
        return new Text("Te weinig organisaties (" + organisations + ") om te vergelijken; minimaal " + minimum,
                "Too few organisations (" + organisations + ") to compare; at least " + minimum);
    }
}
