// Common given names: a capitalised pair that starts with one is most likely a person.

export const FIRST_NAMES = new Set(
  `Aaron Abdul Abdullah Adam Adrian Ahmed Aisha Alan Albert Alberto Alejandro Alex Alexander Alexandra
Alexei Ali Alice Alicia Amanda Amir Amy Ana Andrea Andreas Andrew Andrés Angela Angelo Anna Anne Anthony
Antonio António Ashley Barbara Ben Benjamin Bernard Bill Bob Boris Brian Bruce Carl Carlos Caroline
Catherine Charles Charlotte Chen Chris Christian Christine Christopher Claire Claudia Daniel David
Deborah Dennis Diana Diego Dmitry Donald Dong Edward Elena Elizabeth Emily Emma Emmanuel Eric Eva
Fatima Fernando Francesca Francis Francisco François Frank Gabriel Gabriela George Georg Giorgia
Giovanni Grace Graham Hans Harry Hassan Helen Henry Hillary Hiroshi Hugo Ian Ibrahim Isabel Ivan
Jack Jacob Jacques James Jan Jane Janet Jason Javier Jean Jeff Jennifer Jens Jerome Jessica Jim Joanna
Joe John Jonathan Jorge José Joseph Juan Julia Julian Julie Karen Karl Kate Katherine Keir Kevin Kim
Klaus Laura Lee Leo Li Linda Lisa Liu Lucas Luis Luiz Maria Marie Mario Mark Marco Martin Mary
Matthew Max Maya Michael Michel Michelle Miguel Mikhail Mohamed Mohammed Muhammad Nadia Nancy Natalia
Nathan Nicholas Nicola Nicolas Nikolai Olaf Oliver Olga Omar Pablo Patricia Patrick Paul Pedro Peter
Philip Pierre Rachel Rafael Rahul Raj Ricardo Richard Robert Roberto Ronald Rosa Ruth Ryan Samuel Sandra
Sarah Sara Scott Sergei Sergey Simon Sophie Stefan Stephen Steven Susan Takeshi Thomas Tim Timothy Tom
Tony Ursula Victor Victoria Viktor Vladimir Walter Wang William Xavier Yuki Yusuf Zhang Priya Sanjay
Amit Arjun Chidi Ngozi Kwame Amara Thabo Kofi Aiko Haruto Min-jun Seo-yeon Ji-woo Mei Wei Ling Yan Hui
Lars Ingrid Sven Astrid Pieter Johan Jens Mette Magnus Camille Louis Manon Léa Lucía Sofía Mateo Valentina
Marta Teresa Paola Luca Matteo Giulia Marek Tomasz Katarzyna Agnieszka Dimitri Nikos Yannis Mehmet
Ayşe Emre Leila Reza Farid Samir Nour Yasmin Tariq Imran Sam Ben Dan Rob Ken Jill Kate Beth Meg Amelia
Fred Frederick Gordon Neil Stuart Geoffrey Geoff Derek Duncan Gareth Gavin Glenn Gregory Harold Hugh
Ivor Keith Kenneth Kieran Leonard Malcolm Martyn Maurice Nigel Owen Raymond Roger Roy Russell Trevor
Wayne Arthur Alfred Ernest Herbert Percy Reginald Sidney Wilfred Cecil Clement Edgar Edmund Felix
Gerald Gilbert Harvey Horace Leslie Lionel Marcus Neville Rupert Silas Theodore Vincent Wesley Adele
Agnes Alison Annette Audrey Beatrice Brenda Bridget Carol Cynthia Dorothy Edith Eileen Eleanor
Elaine Ellen Esther Ethel Evelyn Fiona Frances Gillian Gloria Gwen Hannah Harriet Heather Irene
Jacqueline Joan Josephine Joyce Judith Kathleen Lillian Lorraine Louise Lucy Margaret Marjorie
Maureen Megan Melanie Miriam Monica Muriel Nora Pamela Pauline Penelope Rebecca Rita Rosemary Sheila
Shirley Sylvia Tanya Theresa Vera Vivian Wendy Yvonne Abigail Chloe Ella Olivia Zoe Dylan Ethan Liam
Noah Connor Kyle Brandon Justin Derrick Marvin Terrence Darnell Jamal Andre Tyrone Dwayne Rodney
Curtis Bradley Craig Darren Shane Todd Jerry Larry Terry Barry Jimmy Johnny Danny Tommy Billy Eddie
Freddie Ahmad Khalid Mahmoud Mustafa Yousef Hamid Rashid Karim Salim Nasser Walid Ayodele Babajide
Chinedu Emeka Oluwaseun Tunde Olusegun Graça Dilma Jair Cristina Mauricio Nicolás Gustavo Felipe
Sebastián Rodrigo Ignacio Joaquín Enrique Ramón Vicente Ángel Manuel Jesús Alfonso Arturo Guillermo
Sergio Raúl Óscar Rubén Emilio Gonzalo Hernán Narendra Manmohan Atal Indira Rajiv Sonia Amitabh
Sachin Virat Rohit Anil Sunil Vijay Ravi Suresh Ramesh Mahesh Ashok Deepak Pradeep Rajesh Sanjeev
Anand Arvind Shyam Gopal Lakshmi Sunita Anita Kavita Pooja Neha Shinzo Fumio Yoshihide Junichiro
Taro Kenji Akira Hideki Naoto Yoshiko Keiko Jokowi Joko Susilo Mahathir Anwar Najib Jacinda Bertie
Enda Micheál Gerhard Helmut Silvio Giuseppe Mariano Erna Sanna Andrzej Volodymyr Dmitri Yevgeny
Recep Yitzhak Shimon Ehud Hosni Gamal Abdel Abdelaziz Muammar Bashar Hafez Saddam Nouri Ashraf Nawaz
Benazir Asif Shehbaz Mamata Fredrik Ulf Olof Tage`.split(/\s+/),
);
