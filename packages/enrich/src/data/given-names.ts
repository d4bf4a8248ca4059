// Given names common in the news, across languages, written by hand; and family names that come
// first in Chinese, Korean and Vietnamese names. A span of two or three name words opening with one
// of them is a person even without a title or a reporting verb ("Warren Buffett", "Wang Yi").
// Names that are also places or common capitalised words (Paris, Victoria, Georgia, Jordan, Chad,
// Florence, Israel, April…) are left out on purpose.

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Given names (case-sensitive, as written). */
export const GIVEN_NAMES = set(`
  Aaron Abdul Abdullah Abhishek Abu Adam Adrian Ahmad Ahmed Aisha Ajay Akira Alan Albert Alberto
  Alejandro Aleksandr Alessandro Alex Alexander Alexandre Alexandra Alexei Alexis Alfonso Ali Alice
  Alicia Alison Amanda Amir Amit Amy Ana Anand Anders Andrea Andreas Andrei Andrew Andrzej Andy Angela
  Angelo Anil Anita Ann Anna Anne Anthony Antoine Anton Antonio Anwar Arjun Arnaud Arthur Arun 
  Ashok Ashley Aung Barbara Barry Bashar Beatriz Ben Benjamin Bernard Bernardo Bill Bob Boris Brad
  Brandon Brian Bruce Bruno   Cameron Carl Carla Carlos Carmen Caroline Catherine Cedric
  Charles Charlie Charlotte  Chris Christian Christina Christine Christoph Christopher Claire
  Claudia Claudio Clément Colin Craig Cristiano Cyril Daniel Daniela Danielle Daniil Dario David
  Deborah Declan Dennis Diana Diego Dmitry Dmitri Dominic Donald Douglas Dylan Edward Eduardo Elena
  Elizabeth Ellen Emily Emma Emmanuel Enrique Enzo Eric Erik  Ernesto Ethan Eva Evan Fabio
  Faisal Fatima Federico Felipe Felix Fernando Florian Francesca Francesco Francis Francisco Frank
  Franz Fred Frederick Gabriel Gabriela Gareth Gary Gavin George Georg Gerald Gerard Gianni Giorgia
  Giorgio Giovanni Giuseppe Gloria Gordon Grace Graham Greg Gregory Guillaume Gustavo Hakan Hamid
  Hannah Hans Harry Hassan Heather Hector Helen Helena Henri Henrik Henry Hiroshi Hugo Hussein Ian
  Ibrahim Igor  Imran Ines Ingrid Isaac Isabel Isabella Ivan Jack Jacob Jacques Jaime Jake James
  Jamie Jan Jane Janet  Jasmine Jason Javier Jay Jean Jeff Jeffrey Jennifer Jens Jeremy Jerome
  Jessica Jim Jimmy Joachim Joan Joanna Joao João Joe Johan Johann Johannes John Jon Jonathan Jordi
  Jorge Jose José Josef Joseph Joshua Juan Judith Julia Julian Julie Julien Julio Jurgen Jürgen
  Justin  Karen Karim Karl Kate Katherine Kathy  Keith  Ken Kenji Kenneth Kevin Khalid
  Kim Kirsty Klaus Kofi  Kumar Kwame Kyle  Lars Laura Lauren Lawrence Leo Leon Leonardo
  Lewis Liam Linda Lionel Lisa Lorenzo Louis Luca Lucas Luis Luiz Lukas Luke Manuel Marc Marcel Marco
  Marcos Marcus Margaret Maria María Marie Marina Mario Mark Marta Martin Mary  Mateo
   Matt Matthew Matthias Max Maxim Mehmet Melissa Michael Michel Michelle Miguel Mikhail
  Mohamed Mohammad Mohammed Muhammad Nadia Nancy Naomi Narendra Natalia Nathan Neil Nicholas Nick
  Nicola Nicolas Nicolás Nikita Nikolai Noah Oleksandr Oliver Olivia Omar Oscar Owen Pablo Patricia
  Patrick Paul Paula Pedro Pete Peter Petr Philip Philippe Phil Pierre Pietro Piotr Priya Rachel
  Rafael Rahul Raj  Ramon Raúl Raul Ravi Rebecca  Richard  Rishi Rob Robert Roberto
  Robin Rodrigo Rohit Roman Ronald Rosa Ross Ruth Ryan  Sahil Salman Sam Samantha Samuel Sandra
  Sanjay Sara Sarah Satya Scott Sean Sebastian Sergei Sergey Sergio  Shirley Simon Simone
  Sofia Sophie Stefan Stefano Stephanie Stephen Steve Steven Sunil Susan Takeshi Tamara Tanya Ted
  Teresa Thomas Tim Timothy Tina Tobias Todd Tom Tomas Tomás Tony Tyler Uma Ursula Valentina Valerie
  Vanessa Victor Vijay Vikram Vincent  Vitaly Vladimir   Walter Warren Wayne 
  William Wolfgang Xavier Yasmin  Yevgeny  Youssef Yuki Yuri Yusuf Zoe
`);

/** Family names written first (Chinese, Korean, Vietnamese), case-sensitive. */
export const FAMILY_FIRST = set(`
  Wang Li Zhang Liu Chen Yang Huang Zhao Zhou Xu Sun Zhu Hu Guo Lin Gao Luo Zheng Xie Tang Han Feng
  Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Du Cheng Wei Su Ding Ren Shen Yao Xi Qin Lai
  Kim Park Choi Jung Kang Cho Yoon Jang Lim Nguyen Tran Pham Hoang Vu Dang Bui Ngo Duong
`);
