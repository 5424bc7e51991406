"""The prerequisite graph of a module or outcome, laid out with networkx, drawn in a QGraphicsView."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPainterPath, QPen, QPolygonF, QWheelEvent
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsTextItem, QGraphicsView, QWidget

from ui.plaintext import plain_tip

NODE_W = 190
NODE_H = 44
ID_ROLE = 0

def layers(graph: Any) -> list[list[str]]:
    """Nodes by prerequisite layer, first what is needed first; cycles (equivalent outcomes) share a layer."""
    import networkx as nx

    if graph.number_of_nodes() == 0:
        return []
    dag = nx.condensation(graph)
    out: list[list[str]] = []
    for generation in nx.topological_generations(dag):
        nodes: list[str] = []
        for scc in sorted(generation):
            nodes += sorted(dag.nodes[scc]["members"])
        out.append(nodes)
    return out


class GraphView(QGraphicsView):
    """Draws a DiGraph whose nodes have ``kind`` (module/outcome) and ``title``; emits nodeActivated."""

    nodeActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prerequisiteGraph")
        self.setAccessibleName(self.tr("Prerequisite graph"))
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setBackgroundBrush(QBrush(QColor("white")))
        self.node_items: dict[str, QGraphicsItem] = {}
        self._message: QGraphicsTextItem | None = None  # the text shown instead of a graph
        self._zoomed = False

    def show_message(self, text: str) -> None:
        self.resetTransform()  # the last graph's zoom would scale the text past the view
        self._zoomed = False
        self.scene().clear()
        self.node_items = {}
        self._message = self.scene().addText(text)
        self._wrap_message()

    def _wrap_message(self) -> None:
        """Wrap the message to the view's width, so a narrow view shows it whole (no sideways scrolling)."""
        if self._message is None:
            return
        self._message.setTextWidth(max(120, self.viewport().width() - 24))
        self.scene().setSceneRect(self._message.boundingRect())

    def set_graph(self, graph: Any, focus: str | None = None) -> None:
        scene = self.scene()
        scene.clear()
        self.node_items = {}
        self._message = None
        rows = layers(graph)
        if not rows:
            self.show_message(self.tr("Nothing to draw."))
            return
        # layers top to bottom (prerequisites above), nodes of a layer side by side
        centres: dict[str, QPointF] = {}
        for li, nodes in enumerate(rows):
            for k, n in enumerate(nodes):
                centres[n] = QPointF((k - (len(nodes) - 1) / 2) * (NODE_W + 24), li * (NODE_H + 46))
        fm = QFontMetrics(self.font())
        edge_pen = QPen(QColor("#7a7a7a"), 1.4)
        for a, b in graph.edges:
            p1, p2 = centres[a] + QPointF(0, NODE_H / 2), centres[b] - QPointF(0, NODE_H / 2)
            if p2.y() <= p1.y():  # a back edge (equivalent outcomes): straight line
                scene.addLine(p1.x(), p1.y(), p2.x(), p2.y(), edge_pen)
                continue
            path = QPainterPath(p1)
            mid = (p1.y() + p2.y()) / 2
            path.cubicTo(QPointF(p1.x(), mid), QPointF(p2.x(), mid), p2)
            scene.addPath(path, edge_pen)
            head = QPolygonF([p2, p2 + QPointF(-5, -9), p2 + QPointF(5, -9)])
            scene.addPolygon(head, edge_pen, QBrush(QColor("#7a7a7a")))
        for n, c in centres.items():
            attrs = graph.nodes[n]
            kind = attrs.get("kind", "module")
            title = str(attrs.get("title") or n)
            rect = QRectF(c.x() - NODE_W / 2, c.y() - NODE_H / 2, NODE_W, NODE_H)
            fill = QColor("#fde7c6") if kind == "module" else QColor("#dcecfb")
            pen = QPen(QColor("#c0392b") if n == focus else QColor("#555555"), 2.5 if n == focus else 1)
            path = QPainterPath()
            radius = 4 if kind == "module" else NODE_H / 2
            path.addRoundedRect(rect, radius, radius)
            item = scene.addPath(path, pen, QBrush(fill))
            item.setData(ID_ROLE, n)
            item.setToolTip(plain_tip(f"{title}\n{n}"))
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
            text = fm.elidedText(title, Qt.TextElideMode.ElideRight, NODE_W - 14)
            label = scene.addSimpleText(text)
            label.setParentItem(item)
            label.setPos(rect.x() + (NODE_W - fm.horizontalAdvance(text)) / 2, rect.y() + (NODE_H - fm.height()) / 2)
            self.node_items[n] = item
        legend = scene.addSimpleText(self.tr("square: module   round: outcome   arrow: needed before"))
        legend.setBrush(QColor("#555555"))
        top = min(c.y() for c in centres.values()) - NODE_H / 2 - fm.height() - 12
        legend.setPos(min(c.x() for c in centres.values()) - NODE_W / 2, top)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))
        self._zoomed = False
        self.fit()

    def fit(self) -> None:
        self.resetTransform()
        rect = self.scene().sceneRect()
        if rect.width() > self.viewport().width() or rect.height() > self.viewport().height():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
            if self.transform().m11() < 0.5:
                self.resetTransform()
                self.scale(0.5, 0.5)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.node_items and not self._zoomed:
            self.fit()
        self._wrap_message()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            f = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
            self._zoomed = True
            self.scale(f, f)
        else:
            super().wheelEvent(event)

    def mouseDoubleClickEvent(self, event: Any) -> None:
        item = self.itemAt(event.position().toPoint())
        while item is not None and not item.data(ID_ROLE):
            item = item.parentItem()
        if item is not None:
            self.nodeActivated.emit(str(item.data(ID_ROLE)))
        else:
            super().mouseDoubleClickEvent(event)
