package nl.vptscan.registration;

/** A registration mapping file is malformed; the message names the file, the line and the problem. */
public class RegistrationDataException extends RuntimeException {
    public RegistrationDataException(String message) {
        super(message);
    }
}
