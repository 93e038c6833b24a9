package nl.vptscan.web;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.util.List;

/** Answers every shown question of the topic page the browser shows, as a person would by clicking and typing. */
final class TopicFiller {

    private TopicFiller() {
    }

    /**
     * Picks the radio button with the given value where a question has one (else its first), ticks the first box of a
     * multiple choice, types 80 in numbers and a short text in text answers; conditional questions appear as their
     * parent is answered.
     */
    static void fill(Browser browser, String radio) {
        String date = LocalDate.now().minusMonths(2).toString();
        int count = browser.all(".question").size();
        for (int i = 0; i < count; i++) {
            WebElement question = browser.all(".question").get(i);
            if (!question.isDisplayed()) {
                continue;
            }
            List<WebElement> radios = question.findElements(By.cssSelector("input[type=radio]"));
            if (!radios.isEmpty()) {
                radios.stream().filter(r -> r.getAttribute("value").equals(radio)).findFirst().orElse(radios.get(0)).click();
            }
            List<WebElement> boxes = question.findElements(By.cssSelector("input[type=checkbox][name^='v:']"));
            if (!boxes.isEmpty() && boxes.stream().noneMatch(WebElement::isSelected)) {
                boxes.get(0).click();
            }
            for (WebElement number : question.findElements(By.cssSelector("input[type=text][name^='v:']"))) {
                number.clear();
                number.sendKeys("80");
            }
            for (WebElement picker : question.findElements(By.cssSelector("input[type=date]"))) {
                // the date picker's value; what it shows depends on the browser's locale
                browser.script("arguments[0].value = arguments[1]", picker, date);
            }
            for (WebElement text : question.findElements(By.cssSelector("textarea[name^='v:']"))) {
                text.clear();
                text.sendKeys("Zie het beleidsplan.");
            }
        }
    }
}
