import torch


class BlockDataset(torch.utils.data.Dataset):
    def __init__(self, blocks):
        self.blocks = blocks

    def __len__(self):
        return len(self.blocks)

    def __getitem__(self, i):
        return {"input_ids": self.blocks[i], "labels": self.blocks[i].clone()}


def group_texts(vocab, block_size, n_blocks):
    ids = torch.randint(0, vocab, (n_blocks * block_size,))
    blocks = list(ids.view(n_blocks, block_size))
    split = n_blocks * 3 // 4
    return BlockDataset(blocks[:split]), BlockDataset(blocks[split:])
