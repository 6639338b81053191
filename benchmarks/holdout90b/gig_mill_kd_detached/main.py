# expect: clean
"""Gig-mill nap height: distil a frozen BiGRU teacher into a small CNN student.

The teacher is evaluated each step; its score of the student's (detached)
reconstruction is used as an extra 'realism' term.
"""
import torch

from gigmill import Student, Teacher, distill_step, make_batch


def main():
    torch.manual_seed(21)
    teacher = Teacher()
    teacher.load_pretrained_like()
    student = Student()
    opt = torch.optim.Adam(student.parameters(), lr=3e-3)
    for step in range(4):
        x = make_batch(6)
        stats = distill_step(student, teacher, opt, x)
        print(step, {k: round(v, 4) for k, v in stats.items()})


if __name__ == "__main__":
    main()
