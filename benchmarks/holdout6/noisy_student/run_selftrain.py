# expect: clean
# category: self-training
"""Noisy-student loop: each generation's student becomes the next teacher."""
import torch
from selftrain.nets import KeywordSpotter
from selftrain.pseudo import pseudo_label, train_student

torch.manual_seed(0)
labelled = (torch.randn(8, 12, 10), torch.randint(0, 4, (8,)))
unlabelled = torch.randn(16, 12, 10)

teacher = train_student(KeywordSpotter(), labelled, (labelled[0][:0], labelled[1][:0]), epochs=2)
for generation in range(2):
    pseudo = pseudo_label(teacher, unlabelled)
    student = KeywordSpotter(dropout=0.3)
    student = train_student(student, labelled, pseudo, epochs=2)
    print(f"generation {generation}: {len(pseudo[0])} pseudo-labelled clips")
    teacher = student
