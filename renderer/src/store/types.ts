// The combined store's type and the slice-creator type every slice uses.
import type { StateCreator } from 'zustand'
import type { RunSlice } from './run-slice'
import type { ScenarioSlice } from './scenario-slice'
import type { TextErrorsSlice } from './text-errors-slice'
import type { ViewSlice } from './view-slice'

export type AppState = ScenarioSlice & RunSlice & ViewSlice & TextErrorsSlice

/** A slice of the one store; the temporal (undo) middleware wraps the combined store only. */
export type SliceCreator<T> = StateCreator<AppState, [['temporal', unknown]], [], T>
