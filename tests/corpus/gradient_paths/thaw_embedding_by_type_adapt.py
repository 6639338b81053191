# expect: crash
"""Near miss of thaw_head_by_type_adapt: the modules() loop thaws the Embedding, which sits before the
eval-mode GRU, so the adaptation backward has to go through the GRU."""
import torch
import torch.nn as nn

torch.manual_seed(62)


class IntentGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(40, 10)
        self.gru = nn.GRU(10, 14, batch_first=True)
        self.classifier = nn.Linear(14, 4)

    def forward(self, ids):
        return self.classifier(self.gru(self.emb(ids))[0][:, -1])


def prepare_for_calibration(model):
    model.eval()
    model.requires_grad_(False)
    trainable = []
    for layer in model.modules():
        if isinstance(layer, nn.Embedding):
            layer.requires_grad_(True)
            trainable += list(layer.parameters())
    return trainable


def calibrate(model, ids, optimizer):
    logits = model(ids)
    loss = -(logits.softmax(-1) * logits.log_softmax(-1)).sum(-1).mean()
    optimizer.zero_grad()
    loss.backward()  # TM001-here
    optimizer.step()
    return loss.item()


deployed = IntentGRU()
opt = torch.optim.SGD(prepare_for_calibration(deployed), lr=1e-2)
for round_ in range(3):
    print(f"round {round_}: entropy {calibrate(deployed, torch.randint(0, 40, (6, 8)), opt):.4f}")
