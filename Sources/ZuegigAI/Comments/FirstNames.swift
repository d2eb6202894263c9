// Given names common in Germany today (German, Turkish, Polish, Russian, Arabic, Vietnamese, Italian,
// Greek, Balkan and other origins), used to recognise "Vorname Nachname" in running text. The list is
// a recall aid, not a limit: signatures and forms of address are recognised without it.
enum FirstNames {
    static let all: Set<String> = Set("""
    Aaron Adam Adrian Agnes Ahmad Ahmed Aisha Alexander Alexandra Ali Alina Alma Amelie Amir Ana Andrea Andreas Angela Angelika Anja Anke
    Anna Anne Annette Anton Antonia Arne Arthur Aylin Ayse Ayşe Barbara Bärbel Bastian Beate Ben Benedikt Benjamin Bernd Bernhard Bettina
    Birgit Björn Boris Brigitte Bruno Burak Carina Carl Carla Carmen Carolin Caroline Charlotte Chiara Christa Christian Christiane Christina
    Christine Christoph Claudia Clara Cem Conrad Cornelia Daniel Daniela David Deniz Dennis Dieter Dirk Dominik Doris Dorothea Dragan Duc
    Edith Elena Elias Elif Elisabeth Elke Ella Emil Emilia Emily Emine Emma Eric Erik Erika Ernst Esra Eva Fabian Fatima Fatma Felix
    Finn Florian Frank Franz Franziska Frieda Friedrich Fritz Gabriele Georg Gerd Gerhard Gertrud Gisela Giulia Giuseppe Gregor Gudrun
    Günter Günther Hakan Hannah Hanna Hannelore Hans Harald Hartmut Hasan Heike Heinz Helga Helmut Hendrik Henning Henry Herbert Hermann
    Hildegard Holger Hong Horst Hüseyin Ibrahim Ida Ilse Ingo Ingrid Irene Iris Isabel Ivana Jakob Jan Jana Janina Jannik Jasmin Jens
    Jessica Joachim Johann Johanna Johannes Jonas Jonathan Josef Julia Julian Jürgen Justus Jutta Kai Karin Karl Karla Karolina Katarzyna
    Katharina Kathrin Katja Kerstin Kevin Khaled Klaus Konrad Kristina Lara Lars Laura Lea Lena Leon Leonie Linh Lisa Lothar Louisa Luca
    Lucas Luis Luisa Lukas Magdalena Maja Malte Manfred Manuel Marc Marcel Marco Margarete Maria Marie Marina Mario Mark Markus Marta
    Martha Martin Martina Mateusz Mathias Matthias Max Maximilian Mehmet Melanie Mia Michael Michaela Milan Minh Mira Mohamed Mohammed
    Monika Moritz Murat Nadine Nadja Natalia Natalie Nguyen Nico Nicole Niklas Nils Nina Noah Nora Norbert Olaf Olga Oliver Oskar Ole
    Patrick Paul Paula Peter Petra Philipp Piotr Rainer Ralf Ramona Rebecca Regina Reinhard Renate Rene René Robert Roland Rolf Ronja
    Rosemarie Ruth Sabine Sabrina Samir Sandra Sara Sarah Sascha Sebastian Selin Sergej Silke Simon Simone Sofia Sonja Sophie Stefan
    Stefanie Steffen Stephan Susanne Svenja Sven Swetlana Tanja Thanh Theo Thomas Thorsten Tim Timo Tobias Tom Tomasz Torsten Ulrich
    Ulrike Ursula Ute Uwe Valentina Vanessa Vera Viktor Viktoria Volker Walter Werner Wiebke Wilhelm Wolfgang Yasemin Yusuf Zeynep Zofia
    Agnieszka Aleksandra Anastasia Dmitri Elżbieta Ewa Jacek Jerzy Joanna Krzysztof Małgorzata Paweł Tadeusz Wojciech Nikolai Irina Tatjana
    Omar Youssef Layla Leila Karim Rania Nour Mariam Hassan Hussein Tuan Huong Lan Mai Trang Anh Hung Thi Dimitrios Eleni Georgios Nikos
    Giovanni Francesca Lorenzo Alessandro Jovana Nikola Stefanie Ole Jörg Jörn Kurt Gerda Erna Heinrich Gustav Waltraud Irmgard Sieglinde
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// The names' UTF-16 code units hashed (FNV-1a), for a check without building a string per word.
    static let hashes: Set<UInt64> = Set(all.map { hash(Array($0.utf16)[...]) })

    @inline(__always)
    static func hash(_ units: ArraySlice<UInt16>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for unit in units { h = (h ^ UInt64(unit)) &* 0x100_0000_01b3 }
        return h
    }

    /// Whether the word at `range` of `units` is a known given name.
    static func contains(_ units: [UInt16], _ range: Range<Int>) -> Bool {
        guard hashes.contains(hash(units[range])) else { return false }
        return all.contains(String(decoding: units[range], as: UTF16.self))
    }
}
