"""Pseudo-labelling: the teacher labels unlabelled audio, the student learns from both sets."""
import torch
import torch.nn.functional as F


@torch.no_grad()
def pseudo_label(teacher, unlabelled, threshold=0.3):
    teacher.eval()
    probs = teacher(unlabelled).softmax(-1)
    conf, labels = probs.max(-1)
    keep = conf > threshold
    return unlabelled[keep], labels[keep]


def train_student(student, labelled, pseudo, epochs=1, lr=1e-2, pseudo_weight=0.5):
    opt = torch.optim.Adam(student.parameters(), lr=lr)
    student.train()
    (xl, yl), (xp, yp) = labelled, pseudo
    for _ in range(epochs):
        loss = F.cross_entropy(student(xl), yl)
        if len(xp):
            loss = loss + pseudo_weight * F.cross_entropy(student(xp), yp)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return student
