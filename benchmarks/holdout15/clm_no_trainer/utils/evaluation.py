import math

import torch


def evaluate_perplexity(model, eval_dataloader):
    model.eval()
    losses = []
    for batch in eval_dataloader:
        with torch.no_grad():
            outputs = model(**batch)
        losses.append(outputs["loss"].reshape(1))
    eval_loss = torch.cat(losses).mean()
    try:
        perplexity = math.exp(eval_loss)
    except OverflowError:
        perplexity = float("inf")
    return perplexity, eval_loss.item()
