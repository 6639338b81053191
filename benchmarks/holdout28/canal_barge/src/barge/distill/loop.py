import torch
from torch import nn


def distill(student, pool, batches, T=2.0):
    opt = torch.optim.Adam(student.parameters(), lr=1e-3)
    student.train()
    losses = []
    for x in batches:
        teacher = pool.pick()
        with torch.no_grad():
            soft = (teacher(x) / T).softmax(-1)
        logits = student(x)
        loss = nn.functional.kl_div((logits / T).log_softmax(-1), soft, reduction="batchmean")
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        losses.append(loss.item())
    return losses
