import torch.nn as nn


class SequentialRecommender(nn.Module):
    def __init__(self, config, dataset):
        super().__init__()
        self.ITEM_SEQ = "item_id_list"
        self.ITEM_SEQ_LEN = "item_length"
        self.POS_ITEM_ID = "item_id"
        self.n_items = config["n_items"]

    def gather_indexes(self, output, gather_index):
        return output[range(output.size(0)), gather_index - 1]
