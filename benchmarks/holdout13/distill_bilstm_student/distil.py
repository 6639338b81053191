# expect: clean
"""Distilling a (recurrent) teacher into a BiLSTM student (Tang et al. 2019 style). The teacher is loaded through
utils.checkpoint.load_frozen (eval + requires_grad False) and queried under no_grad; the student's trainer has
an `on_epoch_end` callback that evaluates the student in eval mode, and `Distiller.fit` calls
student.train() at the top of every epoch, before any student forward."""
import torch

from distil.trainer import Distiller
from distil.callbacks import EvalStudent
from utils.checkpoint import load_frozen, save_model
from utils.models import build


def main():
    teacher = build("teacher_gru")
    buf = save_model(teacher)
    teacher = load_frozen(buf)
    student = build("student_bilstm")
    data = [(torch.randint(0, 50, (4, 9)), torch.randint(0, 2, (4,))) for _ in range(3)]
    Distiller(teacher, student, alpha=0.5, callbacks=[EvalStudent(data[:1])]).fit(data, epochs=2)


if __name__ == "__main__":
    main()
    print("done")
