package bijoy_test

import (
	"fmt"

	"github.com/sarakhon/digest/generator/bijoy"
)

func ExampleConvert() {
	fmt.Println(bijoy.Convert("evsjv‡`k miKvi"))
	fmt.Println(bijoy.Convert("XvKv"))
	fmt.Println(bijoy.Convert("Avš—R©vwZK i¨v‡ei j²xcyi Kvh©vj‡q|"))
	// Output:
	// বাংলাদেশ সরকার
	// ঢাকা
	// আন্তর্জাতিক র‍্যাবের লক্ষ্মীপুর কার্যালয়ে।
}

func ExampleFix() {
	r := bijoy.Fix("ঢাকায় বৈঠক হয়েছে।\nXvKvq cÖavbgš¿xi m‡½ ˆeVK K‡i‡Qb ciivóªgš¿x|\n“Talks went well,” he said — © Reuters")
	fmt.Println(r.Text)
	fmt.Println("converted lines:", r.Converted)
	// Output:
	// ঢাকায় বৈঠক হয়েছে।
	// ঢাকায় প্রধানমন্ত্রীর সঙ্গে বৈঠক করেছেন পররাষ্ট্রমন্ত্রী।
	// “Talks went well,” he said — © Reuters
	// converted lines: [2]
}
