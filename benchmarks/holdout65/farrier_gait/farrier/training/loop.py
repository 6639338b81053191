import torch
import torch.nn.functional as F


def trainable(model):
    return [p for p in model.parameters() if p.requires_grad]


def run_epochs(model, tokens, labels, epochs=1, batch=4):
    opt = torch.optim.Adam(trainable(model), lr=5e-3)
    history = []
    for _ in range(epochs):
        model.train()
        for i in range(0, len(tokens), batch):
            opt.zero_grad()
            loss = F.cross_entropy(model(tokens[i:i + batch]), labels[i:i + batch])
            loss.backward()  # TM001-here
            opt.step()
        history.append(round(loss.item(), 4))
    return history
