import torch
import torch.nn as nn

from utils.modes import evaluating


def training_step(model, batch):
    tok, tags = batch
    logits = model(tok)
    return nn.functional.cross_entropy(logits.flatten(0, 1), tags.flatten())


def validate(fabric, model, val_data):
    with evaluating(model), torch.no_grad():
        losses = [training_step(model, b).item() for b in val_data]
    fabric.print("val", sum(losses) / len(losses))


def fit(fabric, model, optimizer, train_data, val_data, epochs=1, val_every=1):
    model.train()
    step = 0
    for epoch in range(epochs):
        for batch in train_data:
            loss = training_step(model, batch)
            optimizer.zero_grad()
            fabric.backward(loss)
            optimizer.step()
            step += 1
            if step % val_every == 0:
                validate(fabric, model, val_data)
