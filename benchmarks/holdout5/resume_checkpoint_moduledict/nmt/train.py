import torch


def train_epochs(model, optimizer, data, start, end, on_epoch_end=None):
    for epoch in range(start, end):
        model.train()
        for lang, ids in data:
            logits = model(lang, ids[:, :-1])
            loss = torch.nn.functional.cross_entropy(logits.flatten(0, 1), ids[:, 1:].flatten())
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        if on_epoch_end:
            on_epoch_end(epoch, model)


@torch.no_grad()
def validate(model, data):
    model.eval()
    losses = [torch.nn.functional.cross_entropy(model(l, x[:, :-1]).flatten(0, 1), x[:, 1:].flatten()).item()
              for l, x in data]
    return sum(losses) / len(losses)
