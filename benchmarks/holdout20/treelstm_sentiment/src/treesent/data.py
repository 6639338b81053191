import random

import torch


class Tree:
    def __init__(self, word=None, children=()):
        self.word, self.children = word, list(children)

    def leaves(self):
        if not self.children:
            return [self.word]
        return [w for c in self.children for w in c.leaves()]


def random_tree(n_leaves, vocab):
    nodes = [Tree(word=random.randrange(vocab)) for _ in range(n_leaves)]
    while len(nodes) > 1:
        i = random.randrange(len(nodes) - 1)
        nodes[i:i + 2] = [Tree(children=nodes[i:i + 2])]
    return nodes[0]


def random_treebank(n, vocab=30):
    random.seed(n)
    return [(random_tree(random.randint(2, 5), vocab), torch.tensor(random.randrange(3))) for _ in range(n)]
