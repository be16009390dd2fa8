"use client";

import { useState, type DragEvent } from "react";
import { dragType } from "./entry-chip";

/** Handlers that make an element accept a dragged calendar entry, and whether one hovers over it. */
export function useDropTarget(enabled: boolean, onDrop: (entryKey: string) => void) {
  const [over, setOver] = useState(false);
  if (!enabled) return { over: false, handlers: {} };
  const accepts = (e: DragEvent) => e.dataTransfer.types.includes(dragType);
  return {
    over,
    handlers: {
      onDragOver: (e: DragEvent) => {
        if (!accepts(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = "move";
        if (!over) setOver(true);
      },
      onDragLeave: (e: DragEvent) => {
        // Moving onto a child (an entry in the cell) is not leaving the cell.
        if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) setOver(false);
      },
      onDrop: (e: DragEvent) => {
        setOver(false);
        const key = e.dataTransfer.getData(dragType);
        if (!key) return;
        e.preventDefault();
        onDrop(key);
      },
    },
  };
}
