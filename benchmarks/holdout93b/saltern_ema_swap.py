# expect: crash
"""Salt-pan brine-stage classifier (saltern evaporation ponds). Mean-teacher training;
when the EMA teacher validates better than the student, the two are swapped and training
continues from the teacher's weights."""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(12)
FEAT, HID, CLASSES = 3, 10, 4


class BrineLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(FEAT, HID, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.fc = nn.Linear(HID, CLASSES)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.fc(self.drop(h[:, -1]))


@torch.no_grad()
def ema_update(teacher, student, decay=0.9):
    for tp, sp in zip(teacher.parameters(), student.parameters()):
        tp.mul_(decay).add_(sp, alpha=1 - decay)


@torch.no_grad()
def val_loss(model, batch):
    x, y = batch
    return F.cross_entropy(model(x), y).item()


def augment(x):
    return x + 0.05 * torch.randn_like(x)


def main():
    student = BrineLSTM()
    teacher = copy.deepcopy(student).eval()
    labelled = [(torch.randn(4, 6, FEAT), torch.randint(0, CLASSES, (4,))) for _ in range(3)]
    unlabelled = [torch.randn(4, 6, FEAT) for _ in range(3)]
    val = (torch.randn(8, 6, FEAT), torch.randint(0, CLASSES, (8,)))

    student.train()
    opt = torch.optim.Adam(student.parameters(), lr=1e-2)
    swapped = False
    for epoch in range(3):
        for (x, y), u in zip(labelled, unlabelled):
            with torch.no_grad():
                t_prob = F.softmax(teacher(augment(u)), -1)
            s_logp = F.log_softmax(student(augment(u)), -1)
            loss = F.cross_entropy(student(x), y) + F.kl_div(s_logp, t_prob, reduction="batchmean")
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
            ema_update(teacher, student)
        s_val, t_val = val_loss(student, val), val_loss(teacher, val)
        print(f"epoch {epoch} student {s_val:.4f} teacher {t_val:.4f}")
        if not swapped and t_val <= s_val + 1.0:
            student, teacher = teacher, student
            for p in student.parameters():
                p.requires_grad_(True)
            opt = torch.optim.Adam(student.parameters(), lr=1e-2)
            swapped = True


if __name__ == "__main__":
    main()
