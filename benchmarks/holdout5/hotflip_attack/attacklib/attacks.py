import torch


class HotFlipAttack:
    """First-order token flips: pick the position/replacement that most increases the loss."""

    def __init__(self, model_wrapper, max_flips=2):
        self.wrapper = model_wrapper
        self.max_flips = max_flips

    def attack(self, token_ids, label):
        adv = token_ids.clone()
        emb_matrix = self.wrapper.embedding_layer.weight.detach()
        for _ in range(self.max_flips):
            grad = self.wrapper.get_grad(adv, label)[0]  # seq, dim
            scores = grad @ emb_matrix.T - (grad * emb_matrix[adv[0]]).sum(-1, keepdim=True)
            pos = scores.max(1).values.argmax()
            adv[0, pos] = scores[pos].argmax()
            if self.wrapper(adv).argmax(1).item() != label.item():
                return adv, True
        return adv, False
