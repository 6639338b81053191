import torch


def evaluate(model, test_loader, model_name):
    with torch.no_grad():
        y_trues, y_scores = [], []
        for data in test_loader:
            model.eval()
            c, r, sm = data["cseqs"], data["rseqs"], data["masks"]
            y = model(c[:, :-1].long(), r[:, :-1].long())
            y = (y * torch.nn.functional.one_hot(c[:, 1:].long(), model.num_c)).sum(-1)
            y_scores.append(torch.masked_select(y, sm))
            y_trues.append(torch.masked_select(r[:, 1:], sm))
        ts, ps = torch.cat(y_trues).float(), torch.cat(y_scores)
        acc = ((ps >= 0.5).float() == ts).float().mean().item()
    return acc, acc
