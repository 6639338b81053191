import torch


class RecallProbe:
    """Recall@5 on the last session after each epoch."""

    def on_epoch_end(self, model, sessions, state):
        model.eval()
        with torch.no_grad():
            s = sessions[-1]
            user = model(s[:, :-1])
            scores = user @ model.item_emb.weight.T
            hit = (scores.topk(5).indices == s[:, -1:]).any(1).float().mean().item()
        model.train()
        state["recall@5"] = hit
