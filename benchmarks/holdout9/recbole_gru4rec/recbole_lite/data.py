import torch


class SessionData:
    def __init__(self, config):
        g = torch.Generator().manual_seed(0)
        n, bs = config["n_items"], config["train_batch_size"]
        self.train_data = [self._interaction(n, bs, g) for _ in range(3)]
        self.valid_data = [self._interaction(n, bs, g) for _ in range(2)]

    @staticmethod
    def _interaction(n, bs, g):
        return {"item_id_list": torch.randint(1, n, (bs, 6), generator=g),
                "item_length": torch.full((bs,), 6),
                "item_id": torch.randint(1, n, (bs,), generator=g)}
