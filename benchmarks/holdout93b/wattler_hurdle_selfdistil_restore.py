# expect: clean
"""Hurdle-weave tension classifier (wattler workshop sensors). Born-again distillation:
a frozen teacher plus the student's own soft targets from the previous batch; the
soft-target helper puts each network back in the mode it found it in."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)
N_CLASSES, FEAT, HID = 3, 5, 12


class Weaver(nn.Module):
    def __init__(self, cell=nn.LSTM):
        super().__init__()
        self.rnn = cell(FEAT, HID, batch_first=True)
        self.head = nn.Linear(HID, N_CLASSES)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h.mean(1))


def soft_targets(net, x, temperature=2.0):
    was_training = net.training
    net.eval()
    with torch.no_grad():
        probs = F.softmax(net(x) / temperature, dim=-1)
    net.train(was_training)
    return probs


def batches(n=4):
    for _ in range(n):
        x = torch.randn(6, 7, FEAT)
        yield x, torch.randint(0, N_CLASSES, (6,))


def distil_epoch(student, teacher, opt, alpha=0.5):
    student.train()
    prev = None
    for x, y in batches():
        t_soft = soft_targets(teacher, x)
        logits = student(x)
        loss = F.cross_entropy(logits, y)
        loss = loss + alpha * F.kl_div(F.log_softmax(logits / 2.0, -1), t_soft, reduction="batchmean")
        if prev is not None:
            px, _ = prev
            s_soft = soft_targets(student, px)
            loss = loss + 0.1 * F.kl_div(F.log_softmax(student(px) / 2.0, -1), s_soft, reduction="batchmean")
        opt.zero_grad()
        loss.backward()
        opt.step()
        prev = (x, y)
    return loss.item()


def main():
    teacher = Weaver(nn.GRU)
    student = Weaver(nn.LSTM)
    opt = torch.optim.SGD(student.parameters(), lr=0.05)
    for epoch in range(2):
        print("epoch", epoch, "loss", round(distil_epoch(student, teacher, opt), 4))


if __name__ == "__main__":
    main()
