from dataclasses import dataclass
from typing import Callable, Sequence, Union


@dataclass
class Node:
    func: Callable
    inputs: Sequence[str]
    outputs: Union[str, Sequence[str], None]
    name: str = ""


def node(func, inputs, outputs, name=None):
    inputs = [inputs] if isinstance(inputs, str) else list(inputs)
    return Node(func, inputs, outputs, name or func.__name__)


class SequentialRunner:
    def run(self, pipeline, catalog):
        for n in pipeline:
            result = n.func(*[catalog.load(i) for i in n.inputs])
            if n.outputs is None:
                continue
            if isinstance(n.outputs, str):
                catalog.save(n.outputs, result)
            else:
                for k, v in zip(n.outputs, result):
                    catalog.save(k, v)
