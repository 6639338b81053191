# expect: clean
import torch

from distill import Distiller
from nets import BrineStudent, BrineTeacher

torch.manual_seed(13)

if __name__ == "__main__":
    student = BrineStudent()
    d = Distiller(student, BrineTeacher())
    opt = torch.optim.SGD(student.parameters(), lr=0.1)
    for _ in range(3):
        x, y = torch.randn(5, 6, 2), torch.randint(0, 3, (5,))
        last = d.step(opt, x, y)
    print("kd loss", last)
