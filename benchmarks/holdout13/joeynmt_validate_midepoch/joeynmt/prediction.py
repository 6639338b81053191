import torch


def validate_on_data(model, data, batch_size=4):
    model.eval()
    total, n = 0.0, 0
    with torch.no_grad():
        for src, trg in data:
            total += float(model(return_type="loss", src=src, trg_input=trg[:, :-1], trg=trg[:, 1:]))
            n += 1
    return {"loss": total / max(n, 1), "ppl": float(torch.exp(torch.tensor(total / max(n, 1))))}
