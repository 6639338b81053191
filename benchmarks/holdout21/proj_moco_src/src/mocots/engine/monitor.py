import torch


@torch.no_grad()
def knn_accuracy(encoder, bank_x, bank_y, query_x, query_y, k=3):
    encoder.eval()
    bank = encoder(bank_x)
    q = encoder(query_x)
    idx = (q @ bank.t()).topk(k, dim=1).indices
    pred = bank_y[idx].mode(dim=1).values
    return (pred == query_y).float().mean().item()
