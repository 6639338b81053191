# expect: crash
"""Self-training for a GRU intent classifier: pseudo-labels are made inside a `scoped_mode(model, "eval")` context
manager (which restores the mode on exit), but the consistency loss re-uses logits computed *inside* the context,
and is backpropagated after the context has already put the model back in train mode."""
import contextlib

import torch
import torch.nn as nn
import torch.nn.functional as F


@contextlib.contextmanager
def scoped_mode(module, mode):
    prev = module.training
    getattr(module, mode)()
    try:
        yield module
    finally:
        module.train(prev)


class IntentGRU(nn.Module):
    def __init__(self, vocab=50, dim=12, n_intents=4):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.gru = nn.GRU(dim, dim, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.cls = nn.Linear(dim, n_intents)

    def forward(self, ids):
        return self.cls(self.drop(self.gru(self.emb(ids))[1][-1]))


if __name__ == "__main__":
    torch.manual_seed(0)
    model = IntentGRU()
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    labelled = (torch.randint(0, 50, (4, 6)), torch.randint(0, 4, (4,)))
    unlabelled = torch.randint(0, 50, (8, 6))
    for step in range(2):
        sup = F.cross_entropy(model(labelled[0]), labelled[1])
        with scoped_mode(model, "eval"):
            teacher_logits = model(unlabelled)
            pseudo = teacher_logits.argmax(-1)
        student_logits = model(unlabelled)
        consistency = F.cross_entropy(student_logits, pseudo) + F.mse_loss(teacher_logits, student_logits.detach())
        opt.zero_grad()
        (sup + consistency).backward()  # TM001-here
        opt.step()
        print(step, sup.item(), consistency.item())
